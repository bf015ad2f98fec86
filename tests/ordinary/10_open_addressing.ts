// Integer hashing (murmur3 finalizer, FNV-1a for strings) and a hand-written
// open-addressing hash map with linear probing, tombstones and resizing.

function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const EMPTY = Symbol("empty");
const TOMBSTONE = Symbol("tombstone");
type Slot<K, V> = typeof EMPTY | typeof TOMBSTONE | { key: K; value: V };

class OpenHashMap<K, V> implements Iterable<[K, V]> {
  private slots: Slot<K, V>[];
  private count = 0;
  private used = 0; // live entries + tombstones
  probes = 0;

  constructor(private readonly hash: (key: K) => number, capacity = 8) {
    this.slots = new Array<Slot<K, V>>(capacity).fill(EMPTY);
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.slots.length;
  }

  private findSlot(key: K): { index: number; found: boolean } {
    const mask = this.slots.length - 1;
    let i = this.hash(key) & mask;
    let firstTombstone = -1;
    for (;;) {
      this.probes++;
      const slot = this.slots[i];
      if (slot === EMPTY) return { index: firstTombstone >= 0 ? firstTombstone : i, found: false };
      if (slot === TOMBSTONE) {
        if (firstTombstone < 0) firstTombstone = i;
      } else if (slot.key === key) {
        return { index: i, found: true };
      }
      i = (i + 1) & mask;
    }
  }

  set(key: K, value: V): this {
    if ((this.used + 1) * 4 > this.slots.length * 3) {
      // grow when mostly live entries, otherwise rehash in place to drop tombstones
      this.resize(this.count * 2 >= this.slots.length / 2 ? this.slots.length * 2 : this.slots.length);
    }
    const { index, found } = this.findSlot(key);
    if (found) {
      (this.slots[index] as { value: V }).value = value;
    } else {
      if (this.slots[index] === EMPTY) this.used++;
      this.slots[index] = { key, value };
      this.count++;
    }
    return this;
  }

  get(key: K): V | undefined {
    const { index, found } = this.findSlot(key);
    return found ? (this.slots[index] as { value: V }).value : undefined;
  }

  has(key: K): boolean {
    return this.findSlot(key).found;
  }

  delete(key: K): boolean {
    const { index, found } = this.findSlot(key);
    if (!found) return false;
    this.slots[index] = TOMBSTONE;
    this.count--;
    return true;
  }

  private resize(newCapacity: number): void {
    const old = this.slots;
    this.slots = new Array<Slot<K, V>>(newCapacity).fill(EMPTY);
    this.count = 0;
    this.used = 0;
    for (const slot of old) {
      if (slot !== EMPTY && slot !== TOMBSTONE) this.set(slot.key, slot.value);
    }
  }

  *[Symbol.iterator](): Iterator<[K, V]> {
    for (const slot of this.slots) {
      if (slot !== EMPTY && slot !== TOMBSTONE) yield [slot.key, slot.value];
    }
  }

  loadFactor(): string {
    return (this.count / this.slots.length).toFixed(3);
  }
}

function bucketSpread(hash: (n: number) => number, keys: number[], buckets: number): number[] {
  const counts = new Array<number>(buckets).fill(0);
  for (const k of keys) counts[hash(k) % buckets]++;
  return counts;
}

export function main(argv: string[]): number {
  console.log("mix32:", [0, 1, 2, 42, 0xffffffff].map((n) => mix32(n).toString(16).padStart(8, "0")).join(" "));
  console.log("fnv1a:", ["", "a", "hello", "Hello"].map((s) => `${JSON.stringify(s)}=${fnv1a(s)}`).join(" "));

  const sequential = Array.from({ length: 1000 }, (_, i) => i * 16);
  const identity = bucketSpread((n) => n, sequential, 16);
  const mixed = bucketSpread(mix32, sequential, 16);
  console.log("identity buckets:", identity.join(","));
  console.log("mixed buckets:   ", mixed.join(","));

  const map = new OpenHashMap<number, number>(mix32);
  for (let i = 0; i < 500; i++) map.set(i * 7, i);
  console.log(`after 500 inserts: size=${map.size} capacity=${map.capacity} load=${map.loadFactor()}`);
  let removed = 0;
  for (let i = 0; i < 500; i += 2) if (map.delete(i * 7)) removed++;
  console.log(`removed ${removed}: size=${map.size}, has(14)=${map.has(14)} has(21)=${map.has(21)} get(21)=${map.get(21)}`);
  for (let i = 0; i < 100; i++) map.set(i * 7, -i);
  const sum = [...map].reduce((acc, [, v]) => acc + v, 0);
  console.log(`re-added 100: size=${map.size} sum of values=${sum} get(14)=${map.get(14)}`);
  console.log(`missing get(3)=${map.get(3)} avg probes/op=${(map.probes / 1350).toFixed(2)}`);

  const words = new OpenHashMap<string, number>(fnv1a, 4);
  const text = "the quick brown fox jumps over the lazy dog the fox";
  for (const w of text.split(" ")) words.set(w, (words.get(w) ?? 0) + 1);
  const sorted = [...words].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  console.log("word counts:", sorted.map(([w, n]) => `${w}:${n}`).join(" "));
  console.log(`string map capacity=${words.capacity} size=${words.size}`);

  // Cross-check against the built-in Map with pseudo-random operations.
  const reference = new Map<number, number>();
  const mine = new OpenHashMap<number, number>(mix32);
  let seed = 12345;
  const next = () => (seed = mix32(seed + 0x9e3779b9));
  let mismatches = 0;
  for (let step = 0; step < 5000; step++) {
    const key = next() % 300;
    const action = next() % 3;
    if (action === 0) {
      reference.set(key, step);
      mine.set(key, step);
    } else if (action === 1) {
      if (reference.delete(key) !== mine.delete(key)) mismatches++;
    } else if (reference.get(key) !== mine.get(key)) {
      mismatches++;
    }
  }
  console.log(`fuzz: reference size=${reference.size} mine=${mine.size} mismatches=${mismatches}`);
  return 0;
}
