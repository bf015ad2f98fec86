// The llinterp's model of the translated program's heap (RPython's lltype
// objects): instances carry their class layout and fields, lists wrap a JS
// array, maps mirror the runtime's insertion-ordered compact dict, strings
// are JS strings (immutable in both worlds).
import type { ClassLayout } from "../rtyper/lltypes.ts";

export class LLInstance {
  readonly fields: Record<string, unknown> = {};
  constructor(readonly layout: ClassLayout) {}
}

/** A list: its items (the JS array's length is the list's) and the room the translated list would have. */
export class LLList {
  private room = 4;
  constructor(public items: unknown[]) {}
  /** At least the length (code that builds a list directly adds items without reserving). */
  get capacity(): number {
    return Math.max(this.room, this.items.length);
  }
  set capacity(n: number) {
    this.room = n;
  }
}

/** Insertion-ordered map with holes for deleted entries, like runtime/maps.c. */
export class LLMap {
  keys: unknown[] = [];
  values: unknown[] = [];
  live: boolean[] = [];
  index = new Map<unknown, number>();
  size = 0;
  /** Bumped when entries are compacted, so iterators can resync. */
  epoch = 0;

  lookup(k: unknown): number {
    return this.index.get(k) ?? -1;
  }
  set(k: unknown, v: unknown): void {
    const i = this.index.get(k);
    if (i !== undefined) {
      this.values[i] = v;
      return;
    }
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    this.index.set(k, this.keys.length);
    this.keys.push(k);
    this.values.push(v);
    this.live.push(true);
    this.size++;
  }
  delete(k: unknown): boolean {
    const i = this.index.get(k);
    if (i === undefined) return false;
    this.index.delete(k);
    this.live[i] = false;
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.size--;
    return true;
  }
  /** Entries become holes: a running for-of then sees only entries added later, as in JS. */
  clear(): void {
    this.live.fill(false);
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.index.clear();
    this.size = 0;
  }
  private compact(): void {
    const keys: unknown[] = [];
    const values: unknown[] = [];
    this.index.clear();
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.live[i]) continue;
      this.index.set(this.keys[i], keys.length);
      keys.push(this.keys[i]);
      values.push(this.values[i]);
    }
    this.keys = keys;
    this.values = values;
    this.live = keys.map(() => true);
    this.epoch++;
  }
}

/** for-of state; after a compaction, the position is recomputed from the live entries already visited. */
export class LLMapIter {
  pos = 0;
  cur = -1;
  visited = 0;
  private epoch: number;
  constructor(readonly map: LLMap) {
    this.epoch = map.epoch;
  }
  next(): boolean {
    const m = this.map;
    if (m.epoch !== this.epoch) {
      // compaction keeps order: skip as many live entries as already visited
      this.epoch = m.epoch;
      let seen = 0;
      let p = 0;
      while (p < m.keys.length && seen < this.visited) if (m.live[p++]) seen++;
      this.pos = p;
    }
    while (this.pos < m.keys.length) {
      const i = this.pos++;
      if (m.live[i]) {
        this.cur = i;
        this.visited++;
        return true;
      }
    }
    return false;
  }
}

/** An RTS exception propagating through interpreted frames. */
export class LLException extends Error {
  constructor(readonly value: LLInstance) {
    super("RTS exception");
  }
}

/** A fatal error of the translated program (bounds, null, bad cast...). */
export class LLFatalError extends Error {}
