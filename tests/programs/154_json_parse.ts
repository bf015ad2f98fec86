// JSON.parse: untyped (the JSON value itself, walked with typeof and
// Array.isArray), typed by `as`, by a declared type, a parameter and a
// return type (records in the type's order, optional properties, arrays,
// maps, string literal unions, a discriminated union, a recursive type), and
// V8's SyntaxErrors with their messages and positions.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Limits {
  cpu: number;
  memory?: number;
}

interface Config {
  name: string;
  port: number;
  debug: boolean;
  tags: string[];
  mode: "fast" | "safe";
  limits?: Limits;
  weights: Record<string, number>;
  owner: string | null;
}

type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number } | { kind: "square" | "tile"; side: number };

interface Tree {
  label: string;
  children: Tree[];
}

function walk(v: Json, depth: number): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map((x) => walk(x, depth + 1)).join(" ")}]`;
  if (typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${k}=${walk(x, depth + 1)}`).join(" ")}}`;
  if (typeof v === "string") return `'${v}'`;
  return `${typeof v}:${v}`;
}

function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.round(Math.PI * s.r * s.r);
    case "rect":
      return s.w * s.h;
    default:
      return s.side * s.side;
  }
}

function depthOf(t: Tree): number {
  return 1 + Math.max(0, ...t.children.map(depthOf));
}

function loadShapes(text: string): Shape[] {
  return JSON.parse(text);
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function main(argv: string[]): number {
  // untyped
  const docs = [
    '{"a": [1, 2.5, -0, 1e3, 1.5e-7, 12345678901234567890], "b": {"c": null, "d": [true, false]}, "e": "x\\ny\\u0041\\u00e9\\ud83d\\ude00"}',
    '  [ ]  ',
    '{"b": 1, "2": 2, "1": 3, "b": 4, "a": {}}',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
    "-12.5E+2",
    "1e400",
    "true",
    '[[[[["deep"]]]]]',
  ];
  for (const d of docs) {
    const v = JSON.parse(d);
    console.log(JSON.stringify(v), "|", walk(v as Json, 0));
  }
  const parsed = JSON.parse('{"x": [1, {"y": "z"}]}') as Json;
  console.log(parsed);

  // syntax errors: V8's messages
  const bad = [
    '{"a": 1,}', "[1 2]", '{"a" 1}', '"open', "tru", "[1, 2] 3", "-", "", "{", "[", "01", "1.", "1e", '"\\x"', '"\\u12g4"',
    '"a\nb"', "nul", '{"a":1 "b":2}', "[1,]", "{1:2}", "NaN", "undefined", "t1", 't"', "[tx]", "[1,2,3,4,5,6,7,8,9,10,11,x]",
    "x1111111111111111111111111111111111111111", "[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x,2,2,2,2,2,2,2,2,2,2,2,2]", "-01", "1e+", '"\\', '"\\u',
    "[1,2", '{"a":1', '{"a"', "\u00e9",
  ];
  for (const b of bad) {
    try {
      JSON.parse(b);
      console.log("parsed?!", b);
    } catch (e) {
      if (e instanceof SyntaxError) console.log(`${JSON.stringify(b)} -> ${e.name}: ${e.message}`);
      else throw e;
    }
  }

  // typed
  const cfg = JSON.parse(`{"name": "api", "port": 8080, "debug": false, "tags": ["a", "b"], "mode": "fast",
    "limits": {"cpu": 2}, "weights": {"x": 1.5, "y": -2}, "owner": null}`) as Config;
  console.log(cfg.name.toUpperCase(), cfg.port + 1, !cfg.debug, cfg.tags.length, cfg.mode, cfg.limits?.cpu, cfg.limits?.memory ?? "no memory limit", cfg.owner ?? "nobody");
  console.log(Object.keys(cfg.weights), sum(Object.values(cfg.weights)));
  console.log(cfg);
  console.log(JSON.stringify(cfg));
  const other: Config = JSON.parse('{"name": "db", "port": 5432, "debug": true, "tags": [], "mode": "safe", "weights": {}, "owner": "ops"}');
  console.log(other, Object.keys(other).join(","));

  const xs: number[] = JSON.parse("[1, 2, 3.5]");
  console.log(sum(xs), xs.map((x) => x * 2));
  const n = JSON.parse(" 42 ") as number;
  console.log(n + 1);
  const s: string = JSON.parse('"text"');
  console.log(s.length);
  const grid = JSON.parse("[[1, 2], [3], []]") as number[][];
  console.log(grid.map((r) => r.length), grid.flat());
  const maybe = JSON.parse("null") as number[] | null;
  console.log(maybe === null);
  const mixed = JSON.parse('[1, "two", 3]') as (number | string)[];
  console.log(mixed.map((m) => (typeof m === "number" ? m * 10 : m.toUpperCase())));

  const shapes = loadShapes('[{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 4}, {"kind": "tile", "side": 5}, {"kind": "square", "side": 1}]');
  console.log(shapes.map(area), shapes.map((sh) => sh.kind).join("/"));
  console.log(shapes);

  const tree = JSON.parse('{"label": "root", "children": [{"label": "a", "children": []}, {"label": "b", "children": [{"label": "c", "children": []}]}]}') as Tree;
  console.log(depthOf(tree), tree.children.map((c) => c.label));
  console.log(JSON.stringify(tree));

  // a round trip
  const again = JSON.parse(JSON.stringify(cfg)) as Config;
  console.log(JSON.stringify(again) === JSON.stringify(cfg));
  return 0;
}
