// Closures capture variables by reference: later mutation is visible, shared counters, per-iteration let/const bindings in loops.
class CounterPair {
  constructor(
    public inc: () => number,
    public get: () => number,
    public reset: () => void,
  ) {}
}

function makeCounter(start: number): CounterPair {
  let n = start;
  return new CounterPair(
    () => ++n,
    () => n,
    () => {
      n = start;
    },
  );
}

function makeAccumulator(): (x: number) => number {
  let total = 0;
  return (x: number): number => {
    total += x;
    return total;
  };
}

function captureParam(x: number): () => number {
  const f = () => x * 10;
  x = x + 1; // mutation of the parameter after capture is visible
  return f;
}

function counterFactory(): () => string {
  let calls = 0;
  const log: string[] = [];
  return () => {
    calls++;
    log.push("c" + calls);
    return log.join(",");
  };
}

export function main(argv: string[]): number {
  // mutation after capture is visible
  let x = 1;
  const getX = () => x;
  const setX = (v: number) => {
    x = v;
  };
  console.log(getX());
  x = 5;
  console.log(getX());
  setX(42);
  console.log(x + " " + getX());

  // counters via closures
  const c1 = makeCounter(0);
  const c2 = makeCounter(100);
  c1.inc();
  c1.inc();
  c2.inc();
  console.log(c1.get() + " " + c2.get());
  console.log(c1.inc() + " " + c2.inc());
  c1.reset();
  console.log(c1.get() + " " + c2.get());
  c1.inc();
  console.log(c1.get());

  const acc = makeAccumulator();
  acc(5);
  acc(10);
  console.log(acc(0));
  const acc2 = makeAccumulator();
  console.log(acc2(1) + " " + acc(1));

  console.log(captureParam(4)());

  const cf = counterFactory();
  cf();
  cf();
  console.log(cf());

  // per-iteration capture of `let` in a classic for loop
  const fs: (() => number)[] = [];
  for (let i = 0; i < 5; i++) {
    fs.push(() => i * i);
  }
  let line = "";
  for (const f of fs) line += f() + " ";
  console.log(line);

  // the loop body may update the per-iteration copy; the increment applies to the copy for the next iteration
  const gs: (() => number)[] = [];
  for (let i = 0; i < 6; i++) {
    gs.push(() => i);
    i++;
  }
  line = "";
  for (const g of gs) line += g() + " ";
  console.log(line);

  // a closure created in the loop body sees the mutation done later in the same iteration
  const hs: (() => number)[] = [];
  for (let i = 0; i < 3; i++) {
    let local = i;
    hs.push(() => local);
    local += 100;
  }
  line = "";
  for (const h of hs) line += h() + " ";
  console.log(line);

  // capture in for-of over an array
  const words = ["alpha", "beta", "gamma"];
  const ws: (() => string)[] = [];
  for (const w of words) {
    ws.push(() => w.toUpperCase());
  }
  line = "";
  for (const f of ws) line += f() + " ";
  console.log(line);

  // a variable declared outside the loop is shared by all closures
  const shared: (() => number)[] = [];
  let j = 0;
  while (j < 3) {
    shared.push(() => j);
    j++;
  }
  line = "";
  for (const f of shared) line += f() + " ";
  console.log(line);

  // two closures sharing one variable
  let balance = 100;
  const deposit = (amt: number) => {
    balance += amt;
  };
  const withdraw = (amt: number): boolean => {
    if (amt > balance) return false;
    balance -= amt;
    return true;
  };
  deposit(50);
  console.log(withdraw(120) + " " + balance);
  console.log(withdraw(120) + " " + balance);
  deposit(1);
  console.log(balance);

  // nested closures capturing several levels
  const level1 = (a: number) => (b: number) => (c: number) => a * 100 + b * 10 + c;
  console.log(level1(1)(2)(3));
  const partial = level1(9);
  console.log(partial(8)(7) + " " + partial(0)(1));

  // closure capturing a loop variable of a nested loop
  const grid: (() => string)[] = [];
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 3; c++) {
      grid.push(() => r + ":" + c);
    }
  }
  line = "";
  for (const g of grid) line += g() + " ";
  console.log(line);

  // closure capturing an array by reference: changes visible
  const arr: number[] = [1, 2];
  const sumArr = (): number => {
    let s = 0;
    for (const v of arr) s += v;
    return s;
  };
  console.log(sumArr());
  arr.push(10);
  console.log(sumArr());

  // capture of a const in a block
  let blockFns: (() => string)[] = [];
  {
    const msg = "inner";
    blockFns.push(() => msg + "!");
  }
  {
    const msg = "second";
    blockFns.push(() => msg + "?");
  }
  console.log(blockFns[0]() + " " + blockFns[1]());

  // closure over a string accumulated later
  let text = "a";
  const getText = () => text + text.length;
  text += "bc";
  console.log(getText());

  // closure-modified variable observed in the loop condition
  let k = 0;
  const bump = () => {
    k += 3;
  };
  let rounds = 0;
  while (k < 20) {
    bump();
    rounds++;
  }
  console.log(rounds + " " + k);
  return 0;
}
