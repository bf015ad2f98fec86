// Maps, Sets and objects used as maps in value unions (boxed like arrays:
// MapBox, SetBox, DictBox), `v instanceof Map` / `instanceof Set` /
// `instanceof Array` as tests and narrowings, and a record indexed by a key
// whose type is a union of its property names.

type Value = number | string | boolean | null | Value[] | Map<string, Value> | Set<string> | { [key: string]: Value };

function show(v: Value): string {
  if (v === null) return "nil";
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${k} => ${show(x)}`).join(", ")}}`;
  if (v instanceof Set) return `Set<${[...v].join(" ")}>`;
  if (v instanceof Array) return `(${v.map(show).join(" ")})`;
  if (typeof v === "object") return `{${Object.keys(v).map((k) => `${k}: ${show(v[k])}`).join(", ")}}`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function size(v: Value): number {
  if (v instanceof Map) return v.size;
  if (v instanceof Set) return v.size;
  if (Array.isArray(v)) return v.length;
  if (v !== null && typeof v === "object") return Object.keys(v).length;
  return 1;
}

type Op = "+" | "-" | "*" | "<" | "==";

function apply(op: Op, a: number, b: number): number | boolean {
  return { "+": a + b, "-": a - b, "*": a * b, "<": a < b, "==": a === b }[op];
}

interface Point {
  x: number;
  y: number;
  label: string;
}

function coord(p: Point, axis: "x" | "y"): number {
  return p[axis];
}

export function main(argv: string[]): number {
  const env = new Map<string, Value>([["pi", 3.14], ["name", "rts"]]);
  const tags = new Set<string>(["a", "b"]);
  const obj: { [key: string]: Value } = { one: 1, list: [1, "two", null] };
  const values: Value[] = [1, "s", true, null, [2, [3]], env, tags, obj];
  for (const v of values) console.log(show(v), size(v), typeof v, v instanceof Map, v instanceof Set, Array.isArray(v));
  console.log(values);
  console.log(JSON.stringify(values));

  // boxed collections stay the same objects: writes through one reference show through the other
  const m: Value = env;
  if (m instanceof Map) m.set("added", false);
  console.log(env.get("added"), values[5] === env, values[5] === values[6], values.indexOf(tags));
  const nested: Value = new Map<string, Value>([["inner", new Map<string, Value>([["deep", new Set(["x"])]])]]);
  console.log(show(nested), String(tags), `${env}`, "" + obj);

  const ops: Op[] = ["+", "-", "*", "<", "=="];
  console.log(ops.map((op) => apply(op, 6, 3)));
  const p: Point = { x: 3, y: -4, label: "p" };
  console.log(coord(p, "x"), coord(p, "y"));
  const field = argv.length > 5 ? "label" : "x";
  console.log(p[field]);
  return 0;
}
