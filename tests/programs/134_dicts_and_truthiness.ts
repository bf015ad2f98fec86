// Objects used as maps (Record<string, T>, index signatures): JavaScript's
// key order (integer-like keys first), `in`, delete, Object.keys/values/
// entries, prebuilt tables; and || && on non-boolean values (the result is
// an operand).
const PREC: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "10": 5, "2": 7 };
const OPS: { [op: string]: (a: number, b: number) => number } = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};

interface Entry { name: string; score: number }

function wordCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of text.split(" ")) counts[w] = (counts[w] || 0) + 1;
  return counts;
}

function label(e: Entry | null): string {
  return (e && e.name) || "nobody";
}

export function main(argv: string[]): number {
  const counts = wordCounts("the cat and the hat and the bat");
  console.log(Object.keys(counts).join(","), Object.values(counts).join(","));
  for (const [k, v] of Object.entries(counts)) console.log(k, v);
  console.log(PREC["*"], PREC["^"] ?? -1, "+" in PREC, "toString" in PREC, "^" in PREC, Object.keys(PREC));
  console.log(OPS["add"](2, 3), OPS.mul(4, 5));
  const d: Record<string, string> = { b: "B", a: "A" };
  d["1"] = "one";
  d.z = "zed";
  console.log(delete d.b, delete d.nothing);
  console.log(Object.entries(d), d.a, d["z"], d.missing === undefined);
  const merged: Record<string, number> = { ...PREC, "+": 9, extra: 1 };
  console.log(Object.keys(merged).length, merged["+"], Object.keys(merged));
  let total = 0;
  for (const k of Object.keys(counts)) total += counts[k];
  console.log(total);
  const byLen: Record<string, string[]> = {};
  for (const w of Object.keys(counts)) (byLen[String(w.length)] ??= []).push(w);
  console.log(Object.entries(byLen).map(([n, ws]) => `${n}:${ws.join("/")}`).join(" "));
  // truthiness operators on any type
  const empty = "";
  const name = empty || "default";
  const zero = 0;
  const n = zero || 42;
  const seven = argv.length + 6;
  const m = seven && 8;
  const x = name.slice(0, 1);
  const s = x && "y";
  const z = zero && 5;
  console.log(name, n, m, s, z, !empty, !name, !zero, !!n);
  const entries: Entry[] = [{ name: "b", score: 2 }, { name: "a", score: 2 }, { name: "c", score: 3 }];
  entries.sort((p, q) => q.score - p.score || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0));
  console.log(entries.map((e) => e.name).join(""), label(entries[0]), label(null), label({ name: "", score: 0 }));
  const maybe: string | undefined = argv[5];
  console.log(maybe || "no arg", (maybe && maybe.toUpperCase()) || "none");
  return 0;
}
