// Array.prototype.sort as V8 does it: the comparator calls and the result
// are Node's, also for comparators that are inconsistent or return NaN.
class Item {
  constructor(public key: number, public name: string) {}
}

function lcg(seed: number): () => number {
  let s = seed;
  return (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

export function main(argv: string[]): number {
  // NaN results: order depends on the algorithm
  const xs = [5, NaN, 3, 1, NaN, 4, 2, 8, NaN, 7, 0, 6];
  xs.sort((a, b) => a - b);
  console.log(xs);
  // counting comparisons on a long array made of runs
  const next = lcg(42);
  const long: number[] = [];
  for (let i = 0; i < 300; i++) long.push(i % 37 < 20 ? i : next() % 1000);
  let calls = 0;
  long.sort((a, b) => {
    calls++;
    return a - b;
  });
  console.log(calls, long.slice(0, 10), long[299]);
  // an inconsistent comparator
  const r = lcg(7);
  const ys: number[] = [];
  for (let i = 0; i < 100; i++) ys.push(i);
  ys.sort((a, b) => (r() % 3) - 1);
  console.log(ys.join(","));
  // the comparator sees every call's arguments
  const log: string[] = [];
  const zs = ["pear", "fig", "apple", "kiwi", "date"];
  zs.sort((a, b) => {
    log.push(a + "<" + b);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  console.log(zs, log.join(" "));
  // undefined items are never compared and go last
  const us: (number | undefined)[] = [3, undefined, 1, undefined, 2];
  let ucalls = 0;
  us.sort((a, b) => {
    ucalls++;
    return a! - b!;
  });
  console.log(us, ucalls);
  // default sort: by String(x); stable for objects by key
  const ns = [10, 9, 1, 100, -1, 25, 3.5];
  ns.sort();
  console.log(ns);
  const items: Item[] = [];
  for (let i = 0; i < 80; i++) items.push(new Item(next() % 5, "i" + i));
  items.sort((a, b) => a.key - b.key);
  console.log(items.map((it) => it.name).join(" "));
  // a comparator returning fractions, -0 and huge values
  const fs = [0.5, 0.25, 0.75, 0.1, 0.9, 0.3];
  fs.sort((a, b) => (a - b) * 1e300 * 1e10);
  console.log(fs);
  const gs = [2, 1, 3];
  gs.sort((a, b) => -0);
  console.log(gs);
  return 0;
}
