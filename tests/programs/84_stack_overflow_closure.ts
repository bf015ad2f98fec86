// Unbounded recursion through closures and methods raises a catchable RangeError; afterwards the stack is usable again (depth 1000).
class Walker {
  steps = 0;
  constructor(public limit: number) {}
  down(n: number): number {
    this.steps++;
    if (this.limit >= 0 && n >= this.limit) return n;
    return this.down(n + 1) + 0;
  }
  viaClosure(n: number): number {
    const f = (k: number): number => (this.limit >= 0 && k >= this.limit ? k : this.viaClosure(k + 1) + 0);
    return f(n);
  }
}

class Holder {
  fn: (n: number) => number = (n: number) => n;
}

function makeRecursive(limit: number): (n: number) => number {
  const go = (n: number): number => (limit >= 0 && n >= limit ? n : 1 + go(n + 1) - 1);
  return go;
}

function makeMutual(limit: number): (n: number) => number {
  let pong: (n: number) => number = (n: number) => n;
  const ping = (n: number): number => (limit >= 0 && n >= limit ? n : pong(n + 1));
  pong = (n: number): number => ping(n + 1) + 0;
  return ping;
}

function tryIt(label: string, f: () => number): void {
  try {
    const r = f();
    console.log(label + ": returned " + r);
  } catch (e) {
    if (e instanceof RangeError) console.log(label + ": overflow caught");
    else throw e;
  }
}

function sumList(xs: number[], i: number, k: (acc: number) => number): number {
  // continuation-passing: the depth grows with every element
  if (i === xs.length) return k(0);
  return sumList(xs, i + 1, (acc: number) => k(acc + xs[i]));
}

export function main(argv: string[]): number {
  const endless = makeRecursive(-1);
  const bounded = makeRecursive(1000);
  tryIt("closure", () => endless(0));
  tryIt("closure bounded", () => bounded(0));
  tryIt("closure again", () => endless(0));

  const w = new Walker(-1);
  tryIt("method", () => w.down(0));
  console.log("walker made progress: " + (w.steps > 100));
  w.limit = 1000;
  w.steps = 0;
  tryIt("method bounded", () => w.down(0));
  console.log("steps " + w.steps);
  w.limit = -1;
  tryIt("method via closure", () => w.viaClosure(0));
  w.limit = 1000;
  tryIt("method via closure bounded", () => w.viaClosure(0));

  const h = new Holder();
  h.fn = (n: number): number => h.fn(n + 1) + 0;
  tryIt("field closure", () => h.fn(0));
  h.fn = (n: number): number => (n >= 1000 ? n : h.fn(n + 1));
  tryIt("field closure bounded", () => h.fn(0));

  tryIt("mutual", () => makeMutual(-1)(0));
  tryIt("mutual bounded", () => makeMutual(1000)(0));

  // the catch handler can itself recurse deeply
  try {
    endless(0);
  } catch (e) {
    if (e instanceof RangeError) {
      console.log("in handler: " + bounded(0));
    }
  }

  // finally blocks run while unwinding an overflow
  let finals = 0;
  const guarded = (n: number): number => {
    if (n === 0) {
      try {
        return endless(0);
      } finally {
        finals++;
      }
    }
    return guarded(n - 1);
  };
  tryIt("guarded", () => guarded(10));
  console.log("finally ran " + finals);

  const xs: number[] = [];
  for (let i = 1; i <= 500; i++) xs.push(i);
  tryIt("cps sum", () => sumList(xs, 0, (acc: number) => acc));

  for (let round = 0; round < 3; round++) {
    tryIt("round " + round, () => (round === 1 ? bounded(0) : endless(round)));
  }
  console.log("done");
  return 0;
}
