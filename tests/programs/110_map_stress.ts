// Maps and sets under load: many int keys with deletes (holes, rebuilds that
// grow and shrink), string keys with object values (moved by the GC under
// torture), prebuilt maps changed at run time, and for-of loops whose body
// inserts, deletes and clears at random (JavaScript's live iteration).
class Box {
  constructor(readonly n: number) {}
}

const PREBUILT = new Map<string, Box>([["one", new Box(1)], ["two", new Box(2)], ["three", new Box(3)]]);
const PRIMES = new Set<number>([2, 3, 5, 7, 11, 13]);

let seed = 12345;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

function intKeys(): void {
  const n = 8000;
  const m = new Map<number, number>();
  for (let k = 0; k < n; k++) m.set(k * 31 - 5000, k);
  let ok = m.size === n;
  for (let k = 0; k < n; k += 2) ok = m.delete(k * 31 - 5000) && ok;
  ok = !m.delete(-5000) && ok;
  for (let k = 0; k < n; k++) ok = (m.get(k * 31 - 5000) === (k % 2 === 1 ? k : undefined)) && ok;
  m.set(31 - 5000, -1); // overwriting keeps the place
  let first = 0;
  for (const k of m.keys()) {
    first = k;
    break;
  }
  console.log("ints", ok, m.size, first, m.get(31 - 5000)!, m.get(26) ?? -7);
  // a sliding window: the entries array must shrink back, not grow with the holes
  const w = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    w.set(k, k);
    if (k >= 10) w.delete(k - 10);
  }
  let sum = 0;
  for (const [k, v] of w) sum += k + v;
  console.log("window", w.size, sum);
}

function stringKeys(): void {
  const m = new Map<string, Box>();
  for (let i = 0; i < 1500; i++) m.set("key" + i, new Box(i));
  for (let i = 1; i < 1500; i += 2) m.delete("key" + i);
  let sum = 0;
  let count = 0;
  for (const [k, b] of m) {
    if (k !== "key" + b.n) console.log("mismatch", k, b.n);
    sum += b.n;
    count++;
  }
  console.log("strings", m.size, count, sum, m.has("key2"), m.has("key3"), m.get("key1498")?.n ?? -1);
  const words = new Set<string>();
  for (let i = 0; i < 5000; i++) words.add("w" + rand(700));
  let len = 0;
  for (const w of words) len += w.length;
  console.log("set", words.size, len);
}

function prebuilt(): void {
  console.log("prebuilt", PREBUILT.get("two")!.n, PREBUILT.has("four"), PRIMES.has(7), PRIMES.has(9));
  for (let i = 0; i < 100; i++) PREBUILT.set("extra" + i, new Box(i));
  PREBUILT.delete("one");
  PRIMES.add(17);
  PRIMES.delete(2);
  let names = "";
  for (const k of PREBUILT.keys()) if (!k.startsWith("extra")) names += k + " ";
  let total = 0;
  for (const p of PRIMES) total += p;
  console.log("prebuilt", PREBUILT.size, names, total, PREBUILT.get("extra99")!.n);
}

/** A for-of whose body changes the map: what it visits is printed, as a checksum and a count. */
function liveIteration(round: number): void {
  const m = new Map<number, number>();
  for (let k = 0; k < 40; k++) m.set(k, k);
  let visits = 0;
  let check = 0;
  for (const [k, v] of m) {
    visits++;
    check = (check * 31 + k * 7 + v) % 1000000007;
    const r = rand(100);
    if (r < 40) m.set(1000 + rand(200), visits);
    else if (r < 80) m.delete(rand(1200));
    else if (r < 81 && round % 3 === 0) m.clear();
    if (visits > 5000) break;
  }
  console.log("live", round, visits, check, m.size);
}

export function main(argv: string[]): number {
  intKeys();
  stringKeys();
  prebuilt();
  for (let round = 0; round < 12; round++) liveIteration(round);
  return 0;
}
