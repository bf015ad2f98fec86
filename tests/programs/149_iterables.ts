// Iterable<T> parameters that take arrays, strings, Sets, Maps, generators
// and Map/Set iterators (`m.values()` as a value) in one function; each
// for-of starts afresh (an array twice; a generator once), iteration is
// live (items pushed during the loop are visited); iterators held in
// variables are used up once.
function* squares(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i * i;
}

function total(xs: Iterable<number>): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}

function twice(xs: Iterable<string>): string {
  return [...xs].join("") + "|" + Array.from(xs).length;
}

function growWhile(xs: number[], it: Iterable<number>): number {
  let seen = 0;
  for (const x of it) {
    seen++;
    if (x < 3) xs.push(x + 10); // visited: the array iterator checks the length each step
  }
  return seen;
}

function topN<T>(items: Iterable<T>, n: number, before: (a: T, b: T) => number): T[] {
  return [...items].sort(before).slice(0, n);
}

class Range {
  constructor(readonly lo: number, readonly hi: number) {}
  *[Symbol.iterator](): Generator<number> {
    for (let i = this.lo; i < this.hi; i++) yield i;
  }
}

export function main(argv: string[]): number {
  const m = new Map<string, number>([["a", 5], ["b", 2], ["c", 9]]);
  const s = new Set([4, 5, 6]);
  console.log(total([1, 2, 3]), total(s), total(m.values()), total(squares(4)), total(new Range(1, 4)));
  console.log(twice("héllo"), twice(["x", "y"]), twice(m.keys()), twice(new Set(["p", "q"])));
  const xs = [1, 2];
  console.log(growWhile(xs, xs), xs);
  const vals = m.values();
  console.log([...vals], [...vals], Array.from(m.entries()), [...s.entries()]);
  const keys = m.keys();
  m.set("d", 1); // a live iterator sees an entry added before it reaches the end
  console.log([...keys], topN(m.values(), 2, (a, b) => b - a), topN(["b", "a", "c"], 2, (a, b) => a.localeCompare(b)));
  let n = 0;
  for (let i = 0; i < 2000; i++) n += i % 2 === 0 ? total([i, 1]) : total(s);
  console.log(n, argv.length);
  return 0;
}
