// Symbols as sentinels (`const EMPTY = Symbol("empty")`): unique objects
// compared by identity, in unions with records; typeof, description,
// String(), console.log, JSON.stringify (skipped), symbols made at run time,
// Map keys.  Also: two tables of different record types started with the
// same `new Array(n).fill(EMPTY)` keep their own item types (the helper is
// specialized per call site).

const EMPTY = Symbol("empty");
const TOMBSTONE = Symbol("tombstone");
const ANON = Symbol();

type Slot<K, V> = typeof EMPTY | typeof TOMBSTONE | { key: K; value: V };

class Table<K, V> {
  private slots: Slot<K, V>[];
  constructor(readonly size: number, private readonly hash: (k: K) => number) {
    this.slots = new Array<Slot<K, V>>(size).fill(EMPTY);
  }
  put(key: K, value: V): void {
    let i = this.hash(key) % this.size;
    for (;;) {
      const s = this.slots[i];
      if (s === EMPTY || s === TOMBSTONE || s.key === key) break;
      i = (i + 1) % this.size;
    }
    this.slots[i] = { key, value };
  }
  remove(key: K): boolean {
    for (let i = 0; i < this.size; i++) {
      const s = this.slots[i];
      if (s !== EMPTY && s !== TOMBSTONE && s.key === key) {
        this.slots[i] = TOMBSTONE;
        return true;
      }
    }
    return false;
  }
  show(): string {
    return this.slots.map((s) => (s === EMPTY ? "." : s === TOMBSTONE ? "x" : `${s.key}=${s.value}`)).join(" ");
  }
}

export function main(argv: string[]): number {
  const nums = new Table<number, string>(7, (n) => n);
  nums.put(3, "three");
  nums.put(10, "ten");
  nums.remove(3);
  nums.put(17, "seventeen");
  console.log(nums.show());
  const words = new Table<string, number>(5, (s) => s.length);
  for (const w of ["a", "bb", "cc", "ddd"]) words.put(w, w.charCodeAt(0));
  console.log(words.show());

  console.log(typeof EMPTY, EMPTY.description, ANON.description, String(TOMBSTONE), EMPTY.toString(), EMPTY === EMPTY, EMPTY === (TOMBSTONE as symbol));
  console.log(EMPTY, [EMPTY, ANON, 1], { s: TOMBSTONE });
  console.log(JSON.stringify({ a: 1, s: EMPTY }), JSON.stringify([EMPTY, 2]), JSON.stringify(EMPTY));

  // symbols made at run time: each a new one, even with the same description
  const made: symbol[] = [];
  for (let i = 0; i < 3; i++) made.push(Symbol(i < 2 ? "dup" : `n${i}`));
  console.log(made, made[0] === made[1], made.map((s) => s.description));
  const names = new Map<symbol, string>([[EMPTY, "empty slot"], [made[0], "first"]]);
  names.set(made[1], "second");
  console.log(names.get(EMPTY), names.get(made[0]), names.get(made[1]), names.get(made[2]) ?? "none", names.size);
  const values: (symbol | number | string)[] = [1, EMPTY, "s", made[2]];
  console.log(values.map((v) => typeof v), values.filter((v) => v === EMPTY).length);
  return 0;
}
