// Generic arrow functions (`<T,>(x: T) => …`), specialized per call shape
// where they are the only possible callee: top-level and local, capturing,
// returning closures, recursive, passed to library methods; mixed with other
// functions (one copy for all then). Overridden generic methods (a generic
// visitor's `accept<R>`), dispatched per type argument. localeCompare in
// V8's order on ASCII; for-of over strings; ReadonlyMap and ReadonlySet.
type Comparator<T> = (a: T, b: T) => number;

const isSorted = <T,>(xs: readonly T[], cmp: Comparator<T>): boolean => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);
const identity = <T,>(x: T): T => x;
const first = <T,>(xs: T[]): T | undefined => xs[0];
const pair = <A, B>(a: A, b: B): [A, B] => [a, b];
const count = <T,>(xs: T[], pred: (x: T) => boolean): number => xs.filter(pred).length;
const repeatApply = <T,>(f: (x: T) => T, n: number, x: T): T => (n === 0 ? x : repeatApply(f, n - 1, f(x)));

interface Employee {
  name: string;
  dept: string;
  salary: number;
}

function sortDemo(): void {
  const staff: Employee[] = [
    { name: "Cy", dept: "eng", salary: 100 },
    { name: "ada", dept: "ops", salary: 120 },
    { name: "Bob", dept: "eng", salary: 100 },
    { name: "dee", dept: "Ops", salary: 90 },
  ];
  const thenBy = <T,>(...cmps: Comparator<T>[]): Comparator<T> => (a, b) => {
    for (const c of cmps) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
  const byDeptThenName = thenBy<Employee>((a, b) => a.dept.localeCompare(b.dept), (a, b) => a.name.localeCompare(b.name));
  console.log(staff.slice().sort(byDeptThenName).map((e) => `${e.dept}/${e.name}`).join(" "));
  const bySalary = thenBy<Employee>((a, b) => b.salary - a.salary);
  console.log(isSorted(staff, bySalary), isSorted(staff.slice().sort(bySalary), bySalary));
  const oddFirst = thenBy<number>((a, b) => (b % 2) - (a % 2), (a, b) => a - b);
  const nums = [5, 2, 8, 3, 4, 1];
  console.log(nums.sort(oddFirst).join(","), isSorted(nums, oddFirst), isSorted([3, 1], (a: number, b: number) => a - b));
}

function localeDemo(): void {
  const words = ["banana", "Apple", "apple", "_under", "cherry", "10", "9", "a-b", "ab", "a b", "Zed", "zed", "", "A", "a"];
  console.log(words.slice().sort((a, b) => a.localeCompare(b)).join("|"));
  console.log(words.slice().sort().join("|"));
  console.log("a".localeCompare("B"), "B".localeCompare("a"), "a".localeCompare("A"), "x".localeCompare("x"), "a\u0001b".localeCompare("ab"));
}

function captureDemo(scale: number): void {
  let calls = 0;
  const scaled = <T,>(xs: T[], f: (x: T) => number): number[] => {
    calls++;
    return xs.map((x) => f(x) * scale);
  };
  console.log(scaled([1, 2, 3], (x) => x).join(","), scaled(["a", "bb"], (s) => s.length).join(","), calls);
}

interface Visitor<R> {
  visitNum(n: Num): R;
  visitAdd(n: Add): R;
}
abstract class Expr {
  abstract accept<R>(v: Visitor<R>): R;
  toString(): string {
    return this.accept(new Printer());
  }
}
class Num extends Expr {
  constructor(readonly value: number) {
    super();
  }
  accept<R>(v: Visitor<R>): R {
    return v.visitNum(this);
  }
}
class Add extends Expr {
  constructor(readonly left: Expr, readonly right: Expr) {
    super();
  }
  accept<R>(v: Visitor<R>): R {
    return v.visitAdd(this);
  }
}
class Printer implements Visitor<string> {
  visitNum(n: Num): string {
    return String(n.value);
  }
  visitAdd(n: Add): string {
    return `(${n.left.accept(this)} + ${n.right.accept(this)})`;
  }
}
class Evaluator implements Visitor<number> {
  visitNum(n: Num): number {
    return n.value;
  }
  visitAdd(n: Add): number {
    return n.left.accept(this) + n.right.accept(this);
  }
}
class Depth implements Visitor<number> {
  visitNum(_n: Num): number {
    return 1;
  }
  visitAdd(n: Add): number {
    return 1 + Math.max(n.left.accept(this), n.right.accept(this));
  }
}

class Box {
  constructor(public v: number) {}
  map<U>(f: (x: number) => U): U {
    return f(this.v);
  }
}
class LoudBox extends Box {
  map<U>(f: (x: number) => U): U {
    console.log("mapping", this.v);
    return f(this.v * 10);
  }
}

function visitorDemo(k: number): void {
  const boxes: Box[] = [new Box(k), new LoudBox(k)];
  for (const b of boxes) console.log(b.map((x) => x + 1), b.map((x) => `<${x}>`));
  const e: Expr = new Add(new Num(1), new Add(new Num(k), new Num(3.5)));
  console.log(`${e}`, e.accept(new Evaluator()), e.accept(new Depth()));
  const n = new Num(4);
  console.log(n.accept(new Evaluator()), n.accept(new Printer()).length);
}

function total(m: ReadonlyMap<string, number>, s: ReadonlySet<string>): number {
  let t = 0;
  for (const [k, v] of m) if (s.has(k)) t += v;
  for (const k of m.keys()) t += k.length;
  return t + [...s].length + [...m.values()].length;
}

function iterationDemo(argv: string[]): void {
  let out = "";
  for (const ch of "héllo😀!") out += `[${ch}]`;
  console.log(out);
  let n = 0;
  for (const c of argv.length > 5 ? "" : "xyz") n += c.charCodeAt(0);
  for (const c of "") n += c.length;
  console.log(n);
  const m = new Map([["a", 1], ["bb", 2]]);
  const copy = new Map(m as ReadonlyMap<string, number>).set("c", 3);
  console.log(total(copy, new Set(["a", "c"])), copy.size);
}

export function main(argv: string[]): number {
  console.log(identity(3), identity("s"), identity(true), first([1.5]), first(["x"]), first<number>([]));
  const p = pair(1, "one");
  const q = pair("two", 2);
  console.log(p[0] + 1, p[1].toUpperCase(), q[0].length, q[1] * 2);
  console.log(count([1, 2, 3, 4], (x) => x % 2 === 0), count(["a", "", "b"], (s) => s.length > 0));
  console.log(repeatApply((x: number) => x * 2, 10, 1), repeatApply((s: string) => s + "!", 3, "hi"));
  console.log(["x", "y"].map(identity).join(""), [1, 2].map((x) => identity(x) + 1).join(""));
  // a generic arrow that meets another function: one copy serves both
  const fs = [identity, (x: number) => x + 1];
  let total = 0;
  for (const f of fs) total += f(10);
  console.log(total);
  sortDemo();
  localeDemo();
  captureDemo(argv.length + 2);
  visitorDemo(argv.length + 2);
  iterationDemo(argv);
  return 0;
}
