// Default and optional parameters: constant defaults, defaults depending on earlier params, optional params with ??, in functions, constructors and methods.
function greet(name: string, greeting: string = "hello"): string {
  return greeting + ", " + name;
}

function range(start: number, end: number = start + 5, step: number = 1): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i += step) out.push(i);
  return out;
}

function pad(s: string, width: number = 8, fill: string = "."): string {
  return s.padStart(width, fill);
}

function power(base: number, exp?: number): number {
  const e = exp ?? 2;
  let r = 1;
  for (let i = 0; i < e; i++) r *= base;
  return r;
}

function label(n: number, unit?: string): string {
  if (unit === undefined) return String(n);
  return n + " " + unit;
}

function join3(a: string, b?: string, c?: string): string {
  return a + (b ?? "-") + (c ?? "-");
}

let defaultsEvaluated = 0;
function nextDefault(): number {
  defaultsEvaluated++;
  return defaultsEvaluated * 100;
}

function withSideDefault(x: number = nextDefault()): number {
  return x;
}

function clamp(x: number, lo: number = 0, hi: number = lo + 10): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function sumList(xs: number[] = [], extra: number = 0): number {
  let s = extra;
  for (const x of xs) s += x;
  return s;
}

class Point {
  constructor(
    public x: number = 0,
    public y: number = x,
  ) {}
  str(): string {
    return "(" + this.x + "," + this.y + ")";
  }
  moved(dx: number = 1, dy: number = dx): Point {
    return new Point(this.x + dx, this.y + dy);
  }
}

class Logger {
  lines: string[] = [];
  prefix: string;
  constructor(prefix?: string) {
    this.prefix = prefix ?? "log";
  }
  log(msg: string, level: string = "info", indent: number = 0): Logger {
    this.lines.push(" ".repeat(indent) + this.prefix + "[" + level + "] " + msg);
    return this;
  }
}

class Node {
  constructor(
    public value: number,
    public next: Node | null = null,
  ) {}
}

function listStr(n: Node | null, sep: string = "->"): string {
  const parts: string[] = [];
  for (let cur = n; cur !== null; cur = cur.next) parts.push(String(cur.value));
  return parts.join(sep);
}

export function main(argv: string[]): number {
  console.log(greet("ann"));
  console.log(greet("bob", "hi"));
  console.log(greet("cy", undefined));
  console.log(range(3).join(","));
  console.log(range(3, 6).join(","));
  console.log(range(0, 10, 3).join(","));
  console.log(range(-2, undefined, 2).join(","));
  console.log(pad("ab") + "|" + pad("ab", 4) + "|" + pad("ab", 5, "*"));
  console.log(power(5) + " " + power(2, 10) + " " + power(7, 0) + " " + power(3, undefined));
  console.log(label(5) + "|" + label(5, "kg"));
  console.log(join3("a") + " " + join3("a", "b") + " " + join3("a", "b", "c") + " " + join3("a", undefined, "c"));

  // defaults are evaluated at each call, only when needed
  console.log(withSideDefault() + " " + withSideDefault(7) + " " + withSideDefault() + " " + defaultsEvaluated);

  console.log(clamp(15) + " " + clamp(-3) + " " + clamp(15, 12) + " " + clamp(50, 0, 40) + " " + clamp(5, 10, 20));
  console.log(sumList() + " " + sumList([1, 2, 3]) + " " + sumList([1, 2, 3], 10) + " " + sumList(undefined, 4));

  const p0 = new Point();
  const p1 = new Point(5);
  const p2 = new Point(5, 9);
  console.log(p0.str() + " " + p1.str() + " " + p2.str());
  console.log(p0.moved().str() + " " + p0.moved(3).str() + " " + p0.moved(3, -1).str());
  console.log(p2.moved(undefined, 2).str());

  const lg = new Logger();
  lg.log("start").log("careful", "warn").log("nested", "debug", 2).log("done", undefined, 1);
  for (const l of lg.lines) console.log(l);
  const lg2 = new Logger("app");
  lg2.log("x");
  console.log(lg2.lines[0]);

  const list = new Node(1, new Node(2, new Node(3)));
  console.log(listStr(list) + " | " + listStr(list, ", ") + " | " + listStr(null) + "|");

  // function values with optional parameters
  const rep = (s: string, times: number = 2, sep: string = "/"): string => {
    const parts: string[] = [];
    for (let i = 0; i < times; i++) parts.push(s);
    return parts.join(sep);
  };
  console.log(rep("ab") + " " + rep("x", 4) + " " + rep("q", 3, "") + " [" + rep("z", 0) + "]");
  const opt = (a: number, b?: number): number => a + (b ?? 100);
  console.log(opt(1) + " " + opt(1, 2));
  return 0;
}
