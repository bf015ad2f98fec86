// Generator functions (`function*`), lowered to state machines: for-of,
// spread, Array.from, new Set/Map, yield* (of generators, arrays, strings),
// generator methods and `*[Symbol.iterator]()` with `this`, generic
// generators, recursion through yield*, infinite generators with break,
// return in the middle, exceptions thrown inside (caught outside and
// inside), defaults evaluated at the call, a generator run to its end and
// iterated again, generator expressions capturing variables.
function* range(lo: number, hi: number, step = 1): Generator<number> {
  for (let i = lo; i < hi; i += step) yield i;
}

function* words(s: string): Generator<string> {
  let cur = "";
  for (const ch of s) {
    if (ch === " ") {
      if (cur) yield cur;
      cur = "";
    } else cur += ch;
  }
  if (cur) yield cur;
}

function* chain(xss: number[][]): Generator<number> {
  for (const xs of xss) yield* xs;
  yield* range(100, 103);
  yield* [7, 8];
}

function* letters(s: string): Generator<string> {
  yield "<";
  yield* s;
  yield ">";
}

class Tree {
  constructor(readonly value: number, readonly left: Tree | null = null, readonly right: Tree | null = null) {}
  *inOrder(): Generator<number> {
    if (this.left) yield* this.left.inOrder();
    yield this.value;
    if (this.right) yield* this.right.inOrder();
  }
}

class Bag {
  private items: [string, number][] = [];
  add(k: string, n: number): this {
    this.items.push([k, n]);
    return this;
  }
  *[Symbol.iterator](): Iterator<[string, number]> {
    for (const it of this.items) if (it[1] > 0) yield it;
  }
}

function* fib(): Generator<number> {
  let a = 0;
  let b = 1;
  while (true) {
    yield a;
    [a, b] = [b, a + b];
  }
}

function* takeWhile<T>(xs: Generator<T>, ok: (x: T) => boolean): Generator<T> {
  for (const x of xs) {
    if (!ok(x)) return;
    yield x;
  }
}

function* pairsOf<T>(xs: T[]): Generator<[T, T]> {
  for (let i = 0; i + 1 < xs.length; i += 2) yield [xs[i], xs[i + 1]];
}

class Failure extends Error {}

function* failing(n: number): Generator<number> {
  for (let i = 0; ; i++) {
    if (i === n) throw new Failure(`stopped at ${i}`);
    yield i * i;
  }
}

function* guarded(n: number): Generator<string> {
  try {
    for (const x of failing(n)) yield `ok ${x}`;
  } catch (e) {
    yield `caught ${(e as Error).message}`;
  }
  yield "after";
}

let calls = 0;
function tick(): number {
  calls++;
  return calls * 10;
}
function* withDefault(start = tick()): Generator<number> {
  yield start;
  yield start + 1;
}

export function main(argv: string[]): number {
  let t = 0;
  for (const i of range(0, 10)) t += i;
  console.log(t, [...range(0, 10, 3)].join(","), [...range(5, 5)].length);
  console.log([...words(" the quick  brown fox ")].join("|"));
  console.log([...chain([[1, 2], [], [3]])].join(","), [...letters("héllo😀")].join(""));
  const tree = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, null, new Tree(7)));
  console.log([...tree.inOrder()].join(" "));
  const bag = new Bag().add("a", 1).add("b", 0).add("c", 3);
  for (const [k, n] of bag) console.log(k, n);
  console.log([...bag].length);
  const small: number[] = [];
  for (const x of fib()) {
    if (x > 50) break;
    small.push(x);
  }
  console.log(small.join(","));
  console.log([...takeWhile(fib(), (x) => x < 30)].join(","), [...takeWhile(words("a bb ccc d"), (w) => w.length < 3)].join(","));
  for (const [a, b] of pairsOf(["x", "y", "z", "w", "v"])) console.log(a + b);
  console.log(Array.from(range(1, 4), (x) => x * x).join(","), new Set(words("a b a")).size, new Map(pairsOf([1, 2, 3, 4])).get(3));
  try {
    for (const x of failing(3)) console.log("got", x);
  } catch (e) {
    console.log(e instanceof Failure, (e as Error).message);
  }
  console.log([...guarded(2)].join("; "));
  // arguments and defaults are evaluated at the call; the body runs when iterated
  const g = withDefault();
  const h = withDefault(5);
  console.log(calls, [...h].join(","), [...g].join(","), calls);
  // a generator iterates once
  const once = range(0, 3);
  console.log([...once].length, [...once].length);
  // generator functions as closures, capturing
  const scale = argv.length + 3;
  const scaled = function* (xs: number[]): Generator<number> {
    for (const x of xs) yield x * scale;
  };
  let sum = 0;
  for (const v of scaled([1, 2, 3])) sum += v;
  console.log(sum);
  // a hot loop over a generator (traced with the JIT)
  let acc = 0;
  for (let round = 0; round < 200; round++) for (const x of range(0, 50)) acc = (acc + x * round) % 1000003;
  console.log(acc);
  return 0;
}
