// Records (object types held as shapes: discriminated unions, optional and
// readonly properties, destructuring, spread) and spread/rest of arrays, Maps,
// Sets and strings
type Shape =
  | { kind: "circle"; r: number }
  | { kind: "rect"; w: number; h: number }
  | { kind: "tri"; a: number; b: number; c: number };

interface Named { readonly name: string; tags?: string[] }
interface Box<T> { value: T; next: Box<T> | null }

class Person implements Named {
  constructor(public readonly name: string, public age: number) {}
}

function area(s: Shape): number {
  if (s.kind === "circle") return 3 * s.r * s.r;
  if (s.kind === "rect") return s.w * s.h;
  const p = (s.a + s.b + s.c) / 2;
  return Math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c));
}

function describe({ name, tags = [] }: Named): string {
  return `${name}[${tags.join(",")}]`;
}

function scale(s: Shape, k: number): Shape {
  switch (s.kind) {
    case "circle": return { ...s, r: s.r * k };
    case "rect": return { kind: "rect", w: s.w * k, h: s.h * k };
    default: return { kind: s.kind, a: s.a * k, b: s.b * k, c: s.c * k };
  }
}

function boxes(n: number): Box<number> | null {
  let head: Box<number> | null = null;
  for (let i = 0; i < n; i++) head = { value: i * i, next: head };
  return head;
}

const UNIT: Shape = { kind: "rect", w: 1, h: 1 };
const DEFAULTS = { width: 80, height: 24, title: "term" };

export function main(argv: string[]): number {
  const shapes: Shape[] = [{ kind: "circle", r: 2 }, UNIT, { kind: "tri", a: 3, b: 4, c: 5 }];
  for (const s of shapes) console.log(s.kind, area(s), area(scale(s, 2)));
  console.log(shapes.map((s) => scale(s, 3)));
  const named: Named[] = [new Person("ada", 36), { name: "bob", tags: ["x", "y"] }, { name: "cy" }];
  for (const n of named) console.log(describe(n));
  const cy: Named = { name: "cy2" };
  cy.tags = ["late"];
  named.push(cy);
  console.log(named);
  let sum = 0;
  for (let b = boxes(5); b !== null; b = b.next) sum += b.value;
  console.log(sum, boxes(2));
  const cfg = { ...DEFAULTS, title: "main" };
  const { width: w, height } = cfg;
  console.log(w * height, cfg.title, DEFAULTS.title, cfg);
  const byKind = new Map<string, Shape[]>();
  for (const s of [...shapes, ...shapes.map((s) => scale(s, 2))]) {
    const list = byKind.get(s.kind) ?? [];
    list.push(s);
    byKind.set(s.kind, list);
  }
  for (const [k, v] of byKind) console.log(k, v.length, v[0] === v[1]);
  const a = { x: 1, y: 2 };
  const b = a;
  const c = { ...a };
  b.x = 10;
  console.log(a.x, c.x, a === b, a === c);
  const deep = { l1: { l2: { l3: { l4: { n: 1 } } } }, arr: [{ p: 1 }] };
  console.log(deep);
  const pts = [{ x: 3, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 0 }];
  pts.sort((p, q) => p.x - q.x);
  console.log(pts.map(({ x, y }) => x * 10 + y).join(" "));
  spreads();
  rests();
  tokens();
  return 0;
}

function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export function spreads(): void {
  const m = new Map<string, number>([]);
  m.set("a", 1);
  m.set("b", 2);
  const s = new Set<number>();
  s.add(3);
  s.add(1);
  const xs = [5, 6];
  const all = [0, ...xs, ...m.values(), ...s, 9];
  console.log(all, [...m.keys()], [...m], [...m.entries()].length, [..."héllo😀!"]);
  console.log(sum(...all), sum(1, ...xs, 2), Math.max(...all), Math.min(0.5, ...xs), Math.max(...[]));
  xs.push(...xs);
  console.log(xs, xs.push(...all, 1));
}

export function rests(): void {
  const [first, ...others] = [1, 2, 3, 4];
  const [, second, ...tail] = "a,b,c,d".split(",");
  console.log(first, others, second, tail);
}
type Token =
  | { kind: "num"; value: number }
  | { kind: "ident"; name: string }
  | { kind: "op"; op: string }
  | { kind: "eof" };

interface Point { x: number; y: number; label?: string }

function show(t: Token): string {
  switch (t.kind) {
    case "num": return `num(${t.value})`;
    case "ident": return `ident(${t.name})`;
    case "op": return `op(${t.op})`;
    case "eof": return "eof";
  }
}

function add(a: Point, b: Point): Point {
  return { x: a.x + b.x, y: a.y + b.y };
}

const ORIGIN: Point = { x: 0, y: 0, label: "origin" };

export function tokens(): void {
  const toks: Token[] = [];
  toks.push({ kind: "num", value: 42 });
  toks.push({ kind: "ident", name: "foo" });
  toks.push({ kind: "op", op: "+" });
  toks.push({ kind: "eof" });
  for (const t of toks) console.log(show(t));
  const p = add({ x: 1, y: 2 }, { y: 5, x: 3 });
  console.log(p.x, p.y, p.label);
  const { x, y: why = 7, label = "none" } = p;
  console.log(x, why, label);
  const q = { ...p, label: "q" };
  console.log(q.label, q.x, ORIGIN.label);
  const name = "n";
  const rec = { name, count: 3 };
  rec.count += 1;
  console.log(rec.name, rec.count);
  console.log(p, q, rec, ORIGIN);
  console.log(toks);
  return;
}
