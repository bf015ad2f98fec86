// Functions as values: function-typed fields, arrays of functions, a Map dispatch table, method callbacks via arrows, recursion through closures.
class Button {
  label: string;
  onClick: (times: number) => string;
  constructor(label: string, onClick: (times: number) => string) {
    this.label = label;
    this.onClick = onClick;
  }
  press(times: number): string {
    return this.label + ": " + this.onClick(times);
  }
}

class Scaler {
  factor: number;
  offsets: number[] = [];
  constructor(factor: number) {
    this.factor = factor;
  }
  scale(x: number): number {
    return x * this.factor;
  }
  applyAll(xs: number[]): number[] {
    const out: number[] = [];
    for (const x of xs) out.push(this.apply((v: number) => this.scale(v), x));
    return out;
  }
  apply(f: (x: number) => number, x: number): number {
    return f(x);
  }
  adder(): (x: number) => number {
    return (x: number) => x + this.factor;
  }
}

class Pipeline {
  stages: ((x: number) => number)[] = [];
  names: string[] = [];
  add(name: string, f: (x: number) => number): Pipeline {
    this.names.push(name);
    this.stages.push(f);
    return this;
  }
  run(x: number): number {
    let v = x;
    for (const s of this.stages) v = s(v);
    return v;
  }
  trace(x: number): string {
    let v = x;
    let out = String(v);
    for (let i = 0; i < this.stages.length; i++) {
      v = this.stages[i](v);
      out += " -" + this.names[i] + "-> " + v;
    }
    return out;
  }
}

function mapArr(xs: number[], f: (x: number) => number): number[] {
  const out: number[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}

function toNum(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function callWith(f: (a: number, b: number) => number): number {
  return f(48, 18);
}

export function main(argv: string[]): number {
  // function-typed class fields
  let clicks = 0;
  const b1 = new Button("ok", (t: number) => {
    clicks += t;
    return "clicked " + t + " (total " + clicks + ")";
  });
  const b2 = new Button("cancel", (t: number) => "ignored " + t);
  console.log(b1.press(1));
  console.log(b1.press(3));
  console.log(b2.press(2));
  b2.onClick = b1.onClick;
  console.log(b2.press(10));
  console.log(clicks);

  // arrays of functions
  const fns: ((x: number) => number)[] = [(x: number) => x + 1, (x: number) => x * x, (x: number) => -x, (x: number) => Math.abs(x)];
  let line = "";
  for (const f of fns) line += f(-7) + " ";
  console.log(line);
  console.log(fns.length);
  console.log(fns[1](fns[0](4)));

  // a dispatch table in a Map
  const table = new Map<string, (a: number, b: number) => number>();
  table.set("+", (a: number, b: number) => a + b);
  table.set("-", (a: number, b: number) => a - b);
  table.set("*", (a: number, b: number) => a * b);
  table.set("max", (a: number, b: number) => Math.max(a, b));
  table.set("gcd", gcd);
  const prog = ["+ 3 4", "- 10 25", "* 6 7", "max 3 9", "gcd 84 36", "pow 2 8"];
  for (const instr of prog) {
    const parts = instr.split(" ");
    const op = table.get(parts[0]);
    const a = toNum(parts[1]);
    const b = toNum(parts[2]);
    if (op !== undefined) {
      console.log(instr + " = " + op(a, b));
    } else {
      console.log(instr + " = unknown op");
    }
  }
  console.log(table.size + " " + table.has("*") + " " + table.has("/"));
  table.set("+", (a: number, b: number) => a + b + 1000);
  console.log(table.get("+")!(1, 2));
  const keys: string[] = [];
  for (const [k, f] of table) keys.push(k + "=" + f(12, 8));
  console.log(keys.join(" "));
  console.log(callWith(gcd) + " " + callWith(table.get("-")!));

  // methods wrapped in arrows keep `this`
  const sc = new Scaler(3);
  console.log(sc.applyAll([1, 2, 3]).join(","));
  const bound = (x: number) => sc.scale(x);
  sc.factor = 5;
  console.log(bound(2));
  console.log(mapArr([1, 2, 3], bound).join(","));
  const addF = sc.adder();
  sc.factor = 100;
  console.log(addF(1));

  // pipelines built from closures
  const p = new Pipeline()
    .add("inc", (x: number) => x + 1)
    .add("dbl", (x: number) => x * 2)
    .add("scale", (x: number) => sc.scale(x))
    .add("neg", (x: number) => 0 - x);
  console.log(p.run(4));
  console.log(p.trace(1));

  // recursion through a closure
  const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  console.log(fib(20));
  let evenF: (n: number) => boolean = (n: number) => false;
  const oddF = (n: number): boolean => (n === 0 ? false : evenF(n - 1));
  evenF = (n: number): boolean => (n === 0 ? true : oddF(n - 1));
  console.log(evenF(10) + " " + oddF(10) + " " + evenF(7) + " " + oddF(7));
  const memo = new Map<number, number>();
  const paths = (n: number): number => {
    if (n <= 1) return 1;
    if (memo.has(n)) return memo.get(n)!;
    const r = paths(n - 1) + paths(n - 2) + paths(n - 3 < 0 ? 0 : n - 3);
    memo.set(n, r);
    return r;
  };
  console.log(paths(40));
  console.log(memo.size);

  // choosing between function values with the conditional operator
  for (let i = 0; i < 4; i++) {
    const f = i % 2 === 0 ? fns[0] : fns[1];
    line = i + "->" + f(i);
    console.log(line);
  }
  // nullable function value
  let maybe: ((x: number) => number) | null = null;
  console.log(maybe === null ? "no fn" : "fn");
  maybe = (x: number) => x * 3;
  if (maybe !== null) console.log(maybe(11));
  return 0;
}
