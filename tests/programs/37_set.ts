// Set<number> and Set<string>: add/has/delete/size, insertion-ordered iteration, set algebra by loops.
function showSet(s: Set<number>): string {
  const parts: string[] = [];
  for (const x of s) parts.push("" + x);
  return "{" + parts.join(",") + "}";
}

function union(a: Set<number>, b: Set<number>): Set<number> {
  const r = new Set<number>();
  for (const x of a) r.add(x);
  for (const x of b) r.add(x);
  return r;
}

function intersect(a: Set<number>, b: Set<number>): Set<number> {
  const r = new Set<number>();
  for (const x of a) {
    if (b.has(x)) r.add(x);
  }
  return r;
}

export function main(argv: string[]): number {
  const s = new Set<number>();
  s.add(5);
  s.add(1);
  s.add(5);
  s.add(3);
  console.log(s.size);
  console.log(showSet(s));
  console.log(s.has(1) + " " + s.has(2));
  console.log(s.delete(1));
  console.log(s.delete(1));
  s.add(1);
  console.log(showSet(s));
  const a = new Set<number>();
  const b = new Set<number>();
  for (let i = 0; i < 20; i += 2) a.add(i);
  for (let i = 0; i < 20; i += 3) b.add(i);
  console.log(showSet(union(a, b)));
  console.log(showSet(intersect(a, b)));
  const seen = new Set<string>();
  const words: string[] = ["to", "be", "or", "not", "to", "be", "that", "is"];
  const firstTimes: string[] = [];
  for (const w of words) {
    if (!seen.has(w)) {
      seen.add(w);
      firstTimes.push(w);
    }
  }
  console.log(firstTimes.join(" "));
  console.log(seen.size);
  let all = "";
  for (const w of seen) all += w.toUpperCase();
  console.log(all);
  seen.delete("or");
  seen.add("or");
  let order = "";
  for (const w of seen.values()) order += w + ",";
  console.log(order);
  // cycle detection in an LCG
  const visited = new Set<number>();
  let x = 1;
  let steps = 0;
  while (!visited.has(x)) {
    visited.add(x);
    x = (x * x + 1) % 1009;
    steps++;
  }
  console.log(steps + " " + x);
  // distinct sums
  const sums = new Set<number>();
  const coins: number[] = [1, 5, 10, 25];
  for (const c1 of coins) {
    for (const c2 of coins) {
      for (const c3 of coins) sums.add(c1 + c2 + c3);
    }
  }
  console.log(sums.size);
  let mx = 0;
  for (const v of sums) mx = Math.max(mx, v);
  console.log(mx);
  const chars = new Set<string>();
  const text = "mississippi";
  for (let i = 0; i < text.length; i++) chars.add(text[i]);
  let cs = "";
  for (const c of chars) cs += c;
  console.log(cs);
  chars.delete("s");
  console.log(chars.size);
  return 0;
}
