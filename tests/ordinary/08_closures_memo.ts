// Closures: counters, accumulators, once/debounce-like helpers, currying,
// function composition and generic memoization with hit statistics.

interface Counter {
  increment(by?: number): number;
  decrement(): number;
  reset(): void;
  readonly value: number;
}

function makeCounter(start = 0, step = 1): Counter {
  let count = start;
  return {
    increment(by = step) { count += by; return count; },
    decrement() { return (count -= step); },
    reset() { count = start; },
    get value() { return count; },
  };
}

function once<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let called = false;
  let result: R;
  return (...args: A): R => {
    if (!called) {
      called = true;
      result = fn(...args);
    }
    return result;
  };
}

interface MemoStats {
  hits: number;
  misses: number;
}

function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  keyOf: (...args: A) => string = (...args) => JSON.stringify(args),
): ((...args: A) => R) & { stats: MemoStats; clear(): void } {
  const cache = new Map<string, R>();
  const stats: MemoStats = { hits: 0, misses: 0 };
  const wrapped = (...args: A): R => {
    const key = keyOf(...args);
    if (cache.has(key)) {
      stats.hits++;
      return cache.get(key)!;
    }
    stats.misses++;
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
  return Object.assign(wrapped, { stats, clear: () => cache.clear() });
}

const compose = <T>(...fns: Array<(x: T) => T>) => (x: T): T => fns.reduceRight((acc, f) => f(acc), x);
const pipe = <T>(...fns: Array<(x: T) => T>) => (x: T): T => fns.reduce((acc, f) => f(acc), x);

const curry3 = <A, B, C, R>(f: (a: A, b: B, c: C) => R) => (a: A) => (b: B) => (c: C) => f(a, b, c);

// Memoized recursive functions: the recursion goes through the memoized binding.
const fib: (n: number) => bigint = memoize((n: number): bigint => (n < 2 ? BigInt(n) : fib(n - 1) + fib(n - 2)));

const gridPaths = memoize(
  (r: number, c: number): number => (r === 0 || c === 0 ? 1 : gridPaths(r - 1, c) + gridPaths(r, c - 1)),
  (r, c) => `${r},${c}`,
);

function makeAccumulators(names: string[]): Record<string, (x: number) => number> {
  const result: Record<string, (x: number) => number> = {};
  for (const name of names) {
    let total = 0;
    result[name] = (x) => (total += x);
  }
  return result;
}

function lazy<T>(compute: () => T): () => T {
  let cell: { value: T } | undefined;
  return () => (cell ??= { value: compute() }).value;
}

export function main(argv: string[]): number {
  const c1 = makeCounter();
  const c2 = makeCounter(100, 10);
  c1.increment();
  c1.increment();
  c1.increment(5);
  c2.increment();
  c2.decrement();
  c2.decrement();
  console.log(`c1=${c1.value} c2=${c2.value}`);
  c1.reset();
  console.log(`after reset c1=${c1.value}, c2 untouched=${c2.value}`);

  let initCount = 0;
  const init = once((label: string) => {
    initCount++;
    return `initialized by ${label}`;
  });
  console.log(init("first"), "|", init("second"), "| calls:", initCount);

  // Each loop iteration captures its own binding with let.
  const fns: Array<() => number> = [];
  for (let i = 0; i < 5; i++) fns.push(() => i * i);
  console.log("captured squares:", fns.map((f) => f()).join(" "));

  const acc = makeAccumulators(["apples", "pears"]);
  acc.apples(3);
  acc.pears(10);
  acc.apples(4);
  console.log(`apples=${acc.apples(0)} pears=${acc.pears(0)}`);

  const inc = (x: number) => x + 1;
  const dbl = (x: number) => x * 2;
  const sq = (x: number) => x * x;
  console.log(`compose(inc,dbl,sq)(3)=${compose(inc, dbl, sq)(3)} pipe(inc,dbl,sq)(3)=${pipe(inc, dbl, sq)(3)}`);

  const volume = curry3((l: number, w: number, h: number) => l * w * h);
  const base = volume(2)(3);
  console.log(`volumes: ${[1, 2, 5].map((h) => base(h)).join(", ")}`);

  console.log(`fib(90) = ${fib(90)}`);
  const fibStats = (fib as unknown as { stats: MemoStats }).stats;
  console.log(`fib memo: hits=${fibStats.hits} misses=${fibStats.misses}`);
  console.log(`gridPaths(16,16) = ${gridPaths(16, 16)}, hits=${gridPaths.stats.hits} misses=${gridPaths.stats.misses}`);
  gridPaths.clear();
  gridPaths(3, 3);
  console.log(`after clear gridPaths(3,3): misses=${gridPaths.stats.misses}`);

  let evaluations = 0;
  const expensive = lazy(() => {
    evaluations++;
    return Array.from({ length: 10 }, (_, k) => k + 1).reduce((a, b) => a * b, 1);
  });
  console.log(`lazy: ${expensive()} ${expensive()} evaluations=${evaluations}`);

  const adders = [1, 10, 100].map((n) => (x: number) => x + n);
  console.log("adders applied to 5:", adders.map((add) => add(5)));
  return 0;
}
