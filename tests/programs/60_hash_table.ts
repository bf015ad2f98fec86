// Integration: a hand-written open-addressing hash table with int32 string hashing and resizing.
class StrIntTable {
  keys: string[] = [];
  vals: number[] = [];
  used: Uint8Array;
  capacity = 8;
  count = 0;
  probes = 0;
  constructor() {
    this.used = new Uint8Array(this.capacity);
    for (let i = 0; i < this.capacity; i++) {
      this.keys.push("");
      this.vals.push(0);
    }
  }
  hash(s: string): number {
    let h = -2128831035;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      // h * 16777619 split as (h << 24) + h * 403 so every product stays below 2^53
      h = ((h << 24) + h * 403) | 0;
    }
    return h >>> 0;
  }
  slot(key: string): number {
    let i = this.hash(key) & (this.capacity - 1);
    while (this.used[i] === 1 && this.keys[i] !== key) {
      i = (i + 1) & (this.capacity - 1);
      this.probes++;
    }
    return i;
  }
  put(key: string, v: number): void {
    if ((this.count + 1) * 4 > this.capacity * 3) this.grow();
    const i = this.slot(key);
    if (this.used[i] === 0) {
      this.used[i] = 1;
      this.keys[i] = key;
      this.count++;
    }
    this.vals[i] = v;
  }
  get(key: string, dflt: number): number {
    const i = this.slot(key);
    return this.used[i] === 1 ? this.vals[i] : dflt;
  }
  grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const oldUsed = this.used;
    this.capacity *= 2;
    this.keys = [];
    this.vals = [];
    this.used = new Uint8Array(this.capacity);
    for (let i = 0; i < this.capacity; i++) {
      this.keys.push("");
      this.vals.push(0);
    }
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i] === 1) this.put(oldKeys[i], oldVals[i]);
    }
  }
}

export function main(argv: string[]): number {
  const t = new StrIntTable();
  console.log(t.hash(""));
  console.log(t.hash("a"));
  console.log(t.hash("hello world"));
  t.put("one", 1);
  t.put("two", 2);
  t.put("three", 3);
  t.put("two", 22);
  console.log(t.get("one", -1) + " " + t.get("two", -1) + " " + t.get("three", -1) + " " + t.get("four", -1));
  console.log(t.count + " " + t.capacity);
  for (let i = 0; i < 5000; i++) t.put("key" + i, i * i);
  console.log(t.count + " " + t.capacity);
  let sum = 0;
  for (let i = 0; i < 5000; i += 1000) sum += t.get("key" + i, 0);
  console.log(sum);
  console.log(t.get("key4999", 0) + " " + t.get("key5000", -7));
  const check = new Map<string, number>();
  for (let i = 0; i < 5000; i++) check.set("key" + i, i * i);
  let mismatches = 0;
  for (const [k, v] of check) {
    if (t.get(k, -1) !== v) mismatches++;
  }
  console.log(mismatches);
  console.log(t.probes > 0);
  return 0;
}
