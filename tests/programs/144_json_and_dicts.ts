// JSON.stringify of every value RTS types (records, class instances, objects
// used as maps in JavaScript's key order, tuples, nested arrays, value
// unions; functions and undefined left out), and console.log of objects used
// as maps.
interface Point { x: number; y: number; label?: string }
class Node2 {
  children: Node2[] = [];
  constructor(readonly name: string, public weight: number) {}
}
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
type Value = number | string | boolean | null;
interface Stats { name: string; counts: Record<string, number> }
function json(argv: string[]): void {
  const p: Point = { x: 1, y: 2.5 };
  const q: Point = { x: -0, y: NaN, label: "q\n\"x\"" };
  console.log(JSON.stringify(p), JSON.stringify(q), JSON.stringify([p, q]));
  const n = new Node2("root", 3);
  n.children.push(new Node2("kid", 1.5));
  console.log(JSON.stringify(n));
  const d: Record<string, number[]> = { b: [1], a: [], "3": [2, 3] };
  console.log(JSON.stringify(d), JSON.stringify({ nested: d, when: null }));
  const shapes: Shape[] = [{ kind: "circle", r: 1 }, { kind: "rect", w: 2, h: 3 }];
  console.log(JSON.stringify(shapes));
  const vals: Value[] = [1, "two", true, null, 2.5];
  console.log(JSON.stringify(vals), JSON.stringify(new Map([["a", 1]])), JSON.stringify(new Set([1])));
  const t: [string, number, boolean?] = ["a", 1];
  console.log(JSON.stringify(t), JSON.stringify([[1, 2], [3]]), JSON.stringify("é😀\u0001"), JSON.stringify(Infinity));
  const f = (x: number) => x + 1;
  console.log(JSON.stringify({ f, k: 1 }), JSON.stringify([f]), JSON.stringify(f) === undefined);
  const maybe: number | undefined = argv.length > 5 ? 1 : undefined;
  console.log(JSON.stringify(maybe), JSON.stringify({ maybe }));
}

function dicts(): void {
  const d: Record<string, number> = { b: 1, a: 2, "10": 3, "2": 4, "x-y": 5, "01": 6 };
  d["z"] = 7;
  console.log(d);
  const s: Stats = { name: "s", counts: { x: 1 } };
  const e: Record<string, number> = {};
  console.log(s, [d, e]);
  const nested: Record<string, string[]> = {};
  nested.k = ["a"];
  console.log(nested, Object.keys(d));
}

export function main(argv: string[]): number {
  json(argv);
  dicts();
  // in a hot loop (traced with the JIT)
  let total = 0;
  for (let i = 0; i < 300; i++) total += JSON.stringify({ i, s: "x".repeat(i % 4), xs: [i, i * 2] }).length;
  console.log(total);
  return 0;
}
