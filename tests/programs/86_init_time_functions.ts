// Function values built at init time: dispatch tables of arrow functions and top-level functions in module-level arrays, Maps and tuples, static fields holding functions, generic methods, interface-typed fields and accessors.
type BinOp = (a: number, b: number) => number;

function sub(a: number, b: number): number {
  return a - b;
}

const OPS: [string, BinOp][] = [
  ["+", (a: number, b: number): number => a + b],
  ["-", sub],
  ["*", (a: number, b: number): number => a * b],
  ["max", (a: number, b: number): number => Math.max(a, b)],
];

const BY_NAME = new Map<string, BinOp>([]);

const UNARY: ((x: number) => number)[] = [(x: number): number => -x, (x: number): number => x * x, (x: number): number => Math.abs(x)];

let calls = 0;
const COUNTED: (() => number)[] = [
  (): number => {
    calls++;
    return calls;
  },
];

interface Visitor {
  visitNum(n: number): string;
  visitAdd(l: string, r: string): string;
}

class Printer implements Visitor {
  visitNum(n: number): string {
    return String(n);
  }
  visitAdd(l: string, r: string): string {
    return "(" + l + " + " + r + ")";
  }
}

class Rpn implements Visitor {
  visitNum(n: number): string {
    return String(n);
  }
  visitAdd(l: string, r: string): string {
    return l + " " + r + " +";
  }
}

class Temperature {
  static readonly ABSOLUTE_ZERO = -273.15;
  static created = 0;
  static format: (c: number) => string = (c: number): string => c.toFixed(1) + "C";
  private celsius = 0;
  constructor(c: number) {
    this.celsius = c;
    Temperature.created++;
  }
  get fahrenheit(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.celsius = ((f - 32) * 5) / 9;
  }
  get value(): number {
    return this.celsius;
  }
  static of(c: number): Temperature {
    return new Temperature(Math.max(c, Temperature.ABSOLUTE_ZERO));
  }
  show(): string {
    return Temperature.format(this.celsius);
  }
}

class Registry<T> {
  private items: T[] = [];
  add(x: T): Registry<T> {
    this.items.push(x);
    return this;
  }
  mapTo<U>(f: (x: T) => U): U[] {
    const out: U[] = [];
    for (const x of this.items) out.push(f(x));
    return out;
  }
  first(): T | null {
    return this.items.length > 0 ? this.items[0] : null;
  }
}

export function main(argv: string[]): number {
  for (const [name, f] of OPS) BY_NAME.set(name, f);
  const parts: string[] = [];
  for (const [name, f] of OPS) parts.push(name + "=" + f(7, 3));
  console.log(parts.join(" "));
  console.log(BY_NAME.get("max")!(2, 9) + " " + (BY_NAME.get("-") ?? sub)(1, 10));
  console.log(UNARY.map((g: (x: number) => number) => g(-4)).join(","));
  console.log(COUNTED[0]() + COUNTED[0]() + " calls=" + calls);

  const visitors: Visitor[] = [new Printer(), new Rpn()];
  for (const v of visitors) console.log(v.visitAdd(v.visitNum(1), v.visitAdd(v.visitNum(2), v.visitNum(3))));

  const t = Temperature.of(100);
  console.log(t.fahrenheit + " " + t.show());
  t.fahrenheit = 50;
  console.log(t.value + " " + t.show());
  t.fahrenheit += 18;
  console.log(t.value.toFixed(2));
  const cold = Temperature.of(-500);
  console.log(cold.show() + " created=" + Temperature.created);
  Temperature.format = (c: number): string => Math.round(c) + " degrees";
  console.log(cold.show() + " " + t.show());

  const reg = new Registry<Temperature>();
  reg.add(t).add(cold).add(new Temperature(37));
  console.log(reg.mapTo((x: Temperature) => x.value).join(" "));
  console.log(reg.mapTo((x: Temperature) => x.show()).join(" | "));
  console.log(reg.first()?.show() ?? "none");
  const empty = new Registry<string>();
  console.log(empty.first()?.length ?? -1);
  console.log(empty.mapTo((s: string) => s.length).length);
  return 0;
}
