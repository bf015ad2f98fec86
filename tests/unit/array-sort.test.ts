// framework/rlib/arrays.ts sorts as Node 20's V8 does (its TimSort): for every
// input and every comparator -- inconsistent ones, ones returning NaN, -0,
// fractions or huge values, ones that count their calls or change the array --
// it must make the same comparator calls, with the same arguments in the same
// order, and leave the same array.  Each case runs Node's Array.prototype.sort
// and the RTS helper (untranslated) on copies of one pseudo-random input from a
// fixed seed, recording every comparator call, and compares the records.
import { describe, expect, it } from "vitest";
import { arraySort, arraySortDefault } from "../../framework/rlib/arrays.ts";

// ---- pseudo-random numbers ---------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every run. */
class Rng {
  constructor(private s: number) {}
  u32(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** uniform integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + (this.u32() % (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.u32() < p * 2 ** 32;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.u32() % xs.length];
  }
}

/** A 32-bit hash of a value (for comparators that are inconsistent but repeatable). */
function hashOf(x: unknown): number {
  const s = Object.is(x, -0) ? "-0" : String(x);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Comparator results that stress V8's `< 0` / `>= 0` tests. */
const ODD_RESULTS = [-1, 0, 1, NaN, -0, 0.5, -0.5, 1e-320, -1e-320, 1e308, -1e308, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1];

// ---- inputs -------------------------------------------------------------------

type Item = number | string | undefined;
type Kind = "num" | "str" | "maybe";

const SPECIAL_NUMBERS = [NaN, -0, 0, Infinity, -Infinity, 1.5, -2.25, 1e300, -1e-300];

function numberItem(rng: Rng, range: number): number {
  return rng.chance(0.06) ? rng.pick(SPECIAL_NUMBERS) : rng.int(-range, range);
}

function stringItem(rng: Rng, range: number): string {
  const alphabet = range < 4 ? "ab" : "abcAB0é\u{1F600}";
  const chars = Array.from(alphabet);
  let s = "";
  const len = rng.int(0, range < 4 ? 1 : 4);
  for (let i = 0; i < len; i++) s += rng.pick(chars);
  return s;
}

/** A total order on items (undefined last), to build sorted shapes. */
function total(x: Item, y: Item): number {
  const kx = x === undefined ? 2 : typeof x === "number" && Number.isNaN(x) ? 1 : 0;
  const ky = y === undefined ? 2 : typeof y === "number" && Number.isNaN(y) ? 1 : 0;
  if (kx !== ky) return kx - ky;
  if (kx !== 0) return 0;
  return (x as number | string) < (y as number | string) ? -1 : (x as number | string) > (y as number | string) ? 1 : 0;
}

function pickLength(rng: Rng): number {
  const r = rng.int(0, 99);
  if (r < 25) return rng.int(0, 16);
  if (r < 60) return rng.int(17, 200);
  if (r < 97) return rng.int(64, 200);
  return rng.int(200, 1500);
}

const SHAPES = ["random", "sorted", "reversed", "fewDistinct", "sawtooth", "blocks", "nearlySorted", "organ", "equal", "longRuns"] as const;
type Shape = (typeof SHAPES)[number];

function makeInput(rng: Rng, kind: Kind, shape: Shape, n: number): Item[] {
  const range = shape === "fewDistinct" ? rng.int(1, 3) : rng.pick([5, 50, 1000, 1e6]);
  const item = (): Item => {
    if (kind === "maybe" && rng.chance(0.15)) return undefined;
    return kind === "str" ? stringItem(rng, range) : numberItem(rng, range);
  };
  let xs: Item[] = [];
  for (let i = 0; i < n; i++) xs.push(item());
  switch (shape) {
    case "sorted":
      xs.sort(total);
      break;
    case "reversed":
      xs.sort(total).reverse();
      break;
    case "equal":
      xs = xs.map(() => xs[0]);
      break;
    case "sawtooth": {
      // sorted chunks, some of them descending, of lengths around the minimum run
      const out: Item[] = [];
      for (let i = 0; i < n; ) {
        const len = Math.min(n - i, rng.int(2, 90));
        const chunk = xs.slice(i, i + len).sort(total);
        if (rng.chance(0.3)) chunk.reverse();
        out.push(...chunk);
        i += len;
      }
      xs = out;
      break;
    }
    case "longRuns": {
      // natural runs longer than the minimum run, of equal or wildly different
      // lengths: deep stacks of pending runs, and ties between their lengths
      const out: Item[] = [];
      const lengths = rng.chance(0.5) ? [40, 64, 100, 128] : null;
      for (let i = 0; i < n; ) {
        const len = Math.min(n - i, lengths ? rng.pick(lengths) : Math.round(2 ** (3 + 7 * (rng.u32() / 2 ** 32))));
        const chunk = xs.slice(i, i + len).sort(total);
        if (rng.chance(0.2)) chunk.reverse();
        out.push(...chunk);
        i += len;
      }
      xs = out;
      break;
    }
    case "blocks": {
      // two sorted halves whose items interleave in blocks (long winning streaks: galloping)
      xs.sort(total);
      const a: Item[] = [];
      const b: Item[] = [];
      let toA = true;
      for (let i = 0; i < n; ) {
        const len = rng.int(1, 40);
        (toA ? a : b).push(...xs.slice(i, i + len));
        toA = !toA;
        i += len;
      }
      xs = rng.chance(0.5) ? [...a, ...b] : [...b, ...a];
      break;
    }
    case "nearlySorted":
      xs.sort(total);
      for (let k = rng.int(1, 4); k > 0 && n > 1; k--) {
        const i = rng.int(0, n - 1);
        const j = rng.int(0, n - 1);
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      break;
    case "organ": {
      xs.sort(total);
      xs = [...xs.filter((_, i) => i % 2 === 0), ...xs.filter((_, i) => i % 2 === 1).reverse()];
      break;
    }
  }
  return xs;
}

// ---- comparators --------------------------------------------------------------

/** Makes a fresh comparator for one sort of `arr` (fresh state: call counters start at 0). */
type CmpFactory = (arr: Item[]) => (x: Item, y: Item) => number;

const num = (x: Item): number => x as number;
const str = (x: Item): string => String(x);

/** Comparators for numbers (also used on arrays with undefined items, which must never reach them). */
function numberComparators(seed: number): [string, CmpFactory][] {
  return [
    ["a - b", () => (a, b) => num(a) - num(b)],
    ["b - a", () => (a, b) => num(b) - num(a)],
    ["mod 3 (ties)", () => (a, b) => (Math.abs(num(a)) % 3 | 0) - (Math.abs(num(b)) % 3 | 0)],
    ["Number(a < b)", () => (a, b) => Number(num(a) < num(b))],
    ["Number(a > b)", () => (a, b) => Number(num(a) > num(b))],
    ["(a > b) - (a < b)", () => (a, b) => Number(num(a) > num(b)) - Number(num(a) < num(b))],
    ["(a - b) / 1000", () => (a, b) => (num(a) - num(b)) / 1000],
    ["(a - b) * 1e-320", () => (a, b) => (num(a) - num(b)) * 1e-320],
    ["(a - b) * 1e308", () => (a, b) => (num(a) - num(b)) * 1e308],
    ["-(a - b) sign", () => (a, b) => -Math.sign(num(a) - num(b))],
    ["always 0", () => () => 0],
    ["always -1", () => () => -1],
    ["always 1", () => () => 1],
    ["always NaN", () => () => NaN],
    ["always -0", () => () => -0],
    ["noisy a - b", noisy(seed, (a, b) => num(a) - num(b))],
    ["random per call", randomPerCall(seed)],
    ["random per pair", randomPerPair(seed)],
    ["mostly a - b, odd results", () => {
      let calls = 0;
      return (a, b) => (++calls % 11 === 0 ? ODD_RESULTS[calls % ODD_RESULTS.length] : num(a) - num(b));
    }],
  ];
}

function stringComparators(seed: number): [string, CmpFactory][] {
  return [
    ["lexicographic", () => (a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0)],
    ["reverse lexicographic", () => (a, b) => (str(a) < str(b) ? 1 : str(a) > str(b) ? -1 : 0)],
    ["by length (ties)", () => (a, b) => str(a).length - str(b).length],
    ["Number(a > b)", () => (a, b) => Number(str(a) > str(b))],
    ["first code unit", () => (a, b) => (str(a).charCodeAt(0) || 0) - (str(b).charCodeAt(0) || 0)],
    ["noisy lexicographic", noisy(seed, (a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0))],
    ["random per call", randomPerCall(seed)],
    ["random per pair", randomPerPair(seed)],
  ];
}

/** A consistent comparator that now and then (depending on a call counter) returns something else. */
function noisy(seed: number, good: (a: Item, b: Item) => number): CmpFactory {
  return () => {
    let calls = 0;
    const rate = [0.01, 0.05, 0.2][seed % 3];
    return (a, b) => {
      const h = mix(seed, ++calls);
      return h < rate * 2 ** 32 ? ODD_RESULTS[h % ODD_RESULTS.length] : good(a, b);
    };
  };
}

function randomPerCall(seed: number): CmpFactory {
  return () => {
    let calls = 0;
    return () => {
      const h = mix(seed, ++calls);
      return h & 1 ? ODD_RESULTS[(h >>> 1) % ODD_RESULTS.length] : (h & 2) - 1;
    };
  };
}

function randomPerPair(seed: number): CmpFactory {
  return () => (a, b) => {
    const h = mix(seed ^ hashOf(a), hashOf(b));
    return h % 5 === 0 ? 0 : h & 1 ? 1 : -1;
  };
}

/** Comparators that change, read or abandon the array being sorted. */
function mutatingComparators(seed: number): [string, CmpFactory][] {
  const at = 1 + (seed % 150);
  return [
    ["pushes", (arr) => {
      let calls = 0;
      return (a, b) => {
        if (++calls % at === 0) arr.push(calls);
        return num(a) - num(b);
      };
    }],
    ["pops", (arr) => {
      let calls = 0;
      return (a, b) => {
        if (++calls % at === 0) arr.pop();
        return num(a) - num(b);
      };
    }],
    ["shifts and writes", (arr) => {
      let calls = 0;
      return (a, b) => {
        calls++;
        if (calls === at) arr.shift();
        if (calls % 7 === 0 && arr.length > 0) arr[calls % arr.length] = -calls;
        return num(a) - num(b);
      };
    }],
    ["reverses", (arr) => {
      let calls = 0;
      return (a, b) => {
        if (++calls % at === 0) arr.reverse();
        return num(a) - num(b);
      };
    }],
    ["reads the array", (arr) => {
      let calls = 0;
      return (a, b) => {
        const probe = arr.length > 0 ? num(arr[++calls % arr.length]) : 0;
        return Math.abs(probe) % 2 === 1 ? num(b) - num(a) : num(a) - num(b);
      };
    }],
    ["throws", () => {
      let calls = 0;
      return (a, b) => {
        if (++calls === at) throw new RangeError(`stop at ${calls}`);
        return num(a) - num(b);
      };
    }],
  ];
}

// ---- running and comparing -----------------------------------------------------

interface Outcome {
  calls: Item[];
  result: Item[];
  error: string | null;
}

function sortWith(sort: "node" | "rts", items: Item[], factory: CmpFactory | null): Outcome {
  const arr = items.slice();
  const calls: Item[] = [];
  let error: string | null = null;
  try {
    if (factory === null) {
      if (sort === "node") arr.sort();
      else arraySortDefault(arr);
    } else {
      const user = factory(arr);
      const cmp = (x: Item, y: Item): number => {
        calls.push(x, y);
        return user(x, y);
      };
      if (sort === "node") arr.sort(cmp);
      else arraySort(arr, cmp);
    }
  } catch (e) {
    error = String(e);
  }
  return { calls, result: arr, error };
}

function sameItems(a: Item[], b: Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function firstDifference(a: Item[], b: Item[]): string {
  let i = 0;
  while (i < a.length && i < b.length && Object.is(a[i], b[i])) i++;
  return `at ${i}: node ${String(a[i])} (length ${a.length}), rts ${String(b[i])} (length ${b.length})`;
}

/** Compares the two sorts on one case; returns a description of the difference, or null. */
function compare(items: Item[], factory: CmpFactory | null): string | null {
  const node = sortWith("node", items, factory);
  const rts = sortWith("rts", items, factory);
  if (node.error !== rts.error) return `error: node ${node.error}, rts ${rts.error}`;
  if (!sameItems(node.calls, rts.calls)) return `comparator calls differ ${firstDifference(node.calls, rts.calls)} (call ${Math.floor(firstDiffIndex(node.calls, rts.calls) / 2)})`;
  if (!sameItems(node.result, rts.result)) return `results differ ${firstDifference(node.result, rts.result)}`;
  return null;
}

function firstDiffIndex(a: Item[], b: Item[]): number {
  let i = 0;
  while (i < a.length && i < b.length && Object.is(a[i], b[i])) i++;
  return i;
}

interface Tally {
  cases: number;
  calls: number;
  failures: string[];
}

function check(t: Tally, label: string, items: Item[], factory: CmpFactory | null): void {
  t.cases++;
  const diff = compare(items, factory);
  if (diff !== null && t.failures.length < 10) t.failures.push(`${label} [${items.map((x) => (Object.is(x, -0) ? "-0" : String(x))).join(",")}]: ${diff}`);
}

const KINDS: Kind[] = ["num", "str", "maybe"];

describe("arraySort makes Node 20's comparator calls and result", () => {
  it("with comparators of every kind (consistent, inconsistent, odd results)", () => {
    const t: Tally = { cases: 0, calls: 0, failures: [] };
    const rng = new Rng(20240611);
    for (let c = 0; c < 24000; c++) {
      const seed = rng.u32();
      const kind = rng.pick(KINDS);
      const shape = rng.pick(SHAPES);
      const n = pickLength(rng);
      const items = makeInput(new Rng(seed), kind, shape, n);
      const cmps = kind === "str" ? stringComparators(seed) : numberComparators(seed);
      const [name, factory] = rng.pick(cmps);
      check(t, `case ${c} seed ${seed}: ${kind} ${shape} n=${n} cmp "${name}"`, items, factory);
    }
    console.log(`arraySort: ${t.cases} cases compared with Node`);
    expect(t.failures).toEqual([]);
  });

  it("with comparators that change, read or abandon the array", () => {
    const t: Tally = { cases: 0, calls: 0, failures: [] };
    const rng = new Rng(77);
    for (let c = 0; c < 2000; c++) {
      const seed = rng.u32();
      const kind: Kind = rng.chance(0.3) ? "maybe" : "num";
      const shape = rng.pick(SHAPES);
      const n = pickLength(rng);
      const items = makeInput(new Rng(seed), kind, shape, n);
      const [name, factory] = rng.pick(mutatingComparators(seed));
      check(t, `case ${c} seed ${seed}: ${kind} ${shape} n=${n} cmp "${name}"`, items, factory);
    }
    console.log(`arraySort (mutating comparators): ${t.cases} cases compared with Node`);
    expect(t.failures).toEqual([]);
  });

  it("on long arrays made of natural runs (deep stacks of pending runs)", () => {
    const t: Tally = { cases: 0, calls: 0, failures: [] };
    const rng = new Rng(31337);
    for (let c = 0; c < 400; c++) {
      const seed = rng.u32();
      const kind: Kind = rng.chance(0.2) ? "maybe" : "num";
      const n = rng.int(500, 5000);
      const items = makeInput(new Rng(seed), kind, "longRuns", n);
      const [name, factory] = rng.pick(numberComparators(seed));
      check(t, `case ${c} seed ${seed}: ${kind} longRuns n=${n} cmp "${name}"`, items, factory);
    }
    console.log(`arraySort (long arrays): ${t.cases} cases compared with Node`);
    expect(t.failures).toEqual([]);
  });
});

describe("arraySortDefault sorts as Node's sort() does", () => {
  it("on numbers, strings and arrays with undefined items", () => {
    const t: Tally = { cases: 0, calls: 0, failures: [] };
    const rng = new Rng(4242);
    for (let c = 0; c < 4000; c++) {
      const seed = rng.u32();
      const kind = rng.pick(KINDS);
      const shape = rng.pick(SHAPES);
      const n = pickLength(rng);
      check(t, `case ${c} seed ${seed}: ${kind} ${shape} n=${n} sort()`, makeInput(new Rng(seed), kind, shape, n), null);
    }
    console.log(`arraySortDefault: ${t.cases} cases compared with Node`);
    expect(t.failures).toEqual([]);
  });
});
