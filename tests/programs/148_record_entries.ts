// Object.keys / values / entries of records: the properties in the order
// the object got them (each shape its own), optional ones it left out
// skipped; values of several kinds are a value union.  Array methods on
// `s.match(re) ?? []`.
type P = { x: number; y: number; label?: string };
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number };
const caseStyles = {
  upper: (s: string) => s.toUpperCase(),
  lower: (s: string) => s.toLowerCase(),
  title: (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
} satisfies Record<string, (s: string) => string>;

export function main(argv: string[]): number {
  const ps: P[] = [{ x: 1, y: 2 }, { y: 3, x: 4, label: "b" }, { x: 5, y: 6, label: undefined }];
  for (const p of ps) console.log(Object.keys(p), Object.values(p), Object.entries(p));
  console.log(Object.entries(caseStyles).map(([n, f]) => `${n}=${f("hELLo")}`).join(" "));
  const cfg = { name: "x", size: argv.length, on: true, ratio: 0.5 };
  for (const [k, v] of Object.entries(cfg)) console.log(k, v, typeof v);
  const shapes: Shape[] = [{ kind: "circle", r: 2 }, { kind: "rect", w: 3, h: 4 }];
  console.log(shapes.map((s) => Object.keys(s).join("/")).join(" "), shapes.map((s) => Object.values(s).length));
  let n = 0;
  for (let i = 0; i < 1000; i++) n += Object.keys(ps[i % 3]).length;
  console.log(n);
  const words = "The quick brown fox jumps over the lazy dog".toLowerCase().match(/[a-z]{4,}/g) ?? [];
  console.log(words.filter((w) => w.length > 4), words.map((w) => w.length).join(","), ("123".match(/[a-z]/g) ?? []).length);
  return 0;
}
