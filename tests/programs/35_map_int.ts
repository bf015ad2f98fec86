// Map<number, number>: set/get/has/delete/size, insertion order, iteration forms, overwrite keeps order.
function showMap(m: Map<number, number>): string {
  let s = "{";
  let first = true;
  for (const [k, v] of m) {
    if (!first) s += ", ";
    s += k + ":" + v;
    first = false;
  }
  return s + "}";
}

export function main(argv: string[]): number {
  const m = new Map<number, number>();
  console.log(m.size);
  m.set(3, 30);
  m.set(1, 10);
  m.set(2, 20);
  console.log(m.size);
  console.log(showMap(m));
  console.log(m.get(1)!);
  console.log(m.get(7) ?? -1);
  console.log(m.has(2));
  console.log(m.has(5));
  m.set(3, 33);
  console.log(showMap(m));
  console.log(m.delete(1));
  console.log(m.delete(1));
  console.log(showMap(m));
  m.set(1, 11);
  console.log(showMap(m));
  m.set(-5, 0);
  m.set(1000000, -1);
  let keys = "";
  for (const k of m.keys()) keys += k + " ";
  console.log(keys);
  let vals = 0;
  for (const v of m.values()) vals += v;
  console.log(vals);
  let ents = "";
  for (const [k, v] of m.entries()) ents += "(" + k + "," + v + ")";
  console.log(ents);
  // counting with a map
  const counts = new Map<number, number>();
  let x = 1;
  for (let i = 0; i < 1000; i++) {
    x = (x * 75 + 74) % 65537;
    const key = x % 7;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(showMap(counts));
  // memoised fibonacci
  const memo = new Map<number, number>();
  memo.set(0, 0);
  memo.set(1, 1);
  for (let i = 2; i <= 70; i++) memo.set(i, memo.get(i - 1)! + memo.get(i - 2)!);
  console.log(memo.get(70)!);
  console.log(memo.size);
  // delete while building a new map
  const evens = new Map<number, number>();
  for (const [k, v] of memo) {
    if (k % 2 === 0 && k <= 20) evens.set(v, k);
  }
  console.log(showMap(evens));
  for (let i = 0; i <= 70; i += 3) memo.delete(i);
  console.log(memo.size);
  let firstKeys = "";
  let n = 0;
  for (const k of memo.keys()) {
    if (n >= 6) break;
    firstKeys += k + ",";
    n++;
  }
  console.log(firstKeys);
  const big = new Map<number, number>();
  for (let i = 0; i < 50000; i++) big.set(i * 7919, i);
  let hits = 0;
  for (let i = 0; i < 100000; i++) {
    if (big.has(i)) hits++;
  }
  console.log(big.size + " " + hits + " " + big.get(7919 * 49999)!);
  return 0;
}
