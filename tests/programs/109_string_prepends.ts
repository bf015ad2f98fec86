// Strings grown at the front (`s = piece + s`) and at both ends: the
// translated program writes in place before the units of the latest view of
// a buffer; older views, and a second prepend to the same string, must keep
// their text, and the results behave as ordinary strings.
function digitsBackwards(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s = (i % 10) + s;
  return s;
}

export function main(argv: string[]): number {
  const q = digitsBackwards(400);
  console.log(q.length, q.slice(0, 12), q.slice(-12));
  // forks at the front: the first prepend writes in place, the second must copy
  const qa = "a" + q;
  const qb = "b" + q;
  const qc = "cc" + qa;
  console.log(qa.slice(0, 4), qb.slice(0, 4), qc.slice(0, 5), q.slice(0, 3), qa === "a" + q, qb.slice(1) === q);
  // both ends in turn
  let t = "<>";
  for (let i = 0; i < 600; i++) t = i % 3 === 0 ? t + (i % 7) : "[" + t;
  console.log(t.length, t.slice(0, 6), t.slice(-8), t.indexOf("<>"), t.lastIndexOf("["));
  const before = t;
  t = "(" + t + ")";
  console.log(before.length, t.length, t.startsWith("([["), t.endsWith("5)"), before === t.slice(1, -1));
  // as Map keys, compared, split and printed
  const m = new Map<string, number>();
  m.set(q, 1);
  m.set(qb, 2);
  console.log(m.get(digitsBackwards(400)), m.get("b" + digitsBackwards(400)), m.has(qa));
  console.log(q < qa, qb > qa, q.split("0").length, [q.slice(0, 5), qc.slice(0, 3)]);
  let words = "";
  for (let i = 0; i < 300; i++) words = "w" + i + " " + words;
  console.log(words.trim().split(" ").slice(0, 3), words.length);
  return 0;
}
