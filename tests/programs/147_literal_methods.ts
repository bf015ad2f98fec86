// Methods in object literals: `this` is the object the literal made (local
// literals, module-level ones, literals made in a loop), arrows inside
// methods see it too; records with methods meet classes implementing the
// same interface (one call dispatches over both); a generic function's copy
// for one record shape has a dead branch for the other.
interface Visitor<R> {
  visitNum(n: Num): R;
  visitAdd(n: Add): R;
}
abstract class Expr {
  abstract accept<R>(v: Visitor<R>): R;
}
class Num extends Expr {
  constructor(readonly value: number) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitNum(this); }
}
class Add extends Expr {
  constructor(readonly left: Expr, readonly right: Expr) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitAdd(this); }
}

// a module-level literal: its methods' `this` is that object
const depth: Visitor<number> = {
  visitNum: () => 1,
  visitAdd(n) { return 1 + Math.max(n.left.accept(this), n.right.accept(this)); },
};

class Evaluator implements Visitor<number> {
  calls = 0;
  visitNum(n: Num): number { this.calls++; return n.value; }
  visitAdd(n: Add): number { this.calls++; return n.left.accept(this) + n.right.accept(this); }
}

interface Counter {
  count: number;
  step: number;
  bump(): number;
  bumpAll(times: number): number[];
}

function makeCounter(start: number, step: number): Counter {
  return {
    count: start,
    step,
    bump() { this.count += this.step; return this.count; },
    // an arrow in a method: the method's `this`
    bumpAll(times) { return Array.from({ length: times }, () => this.bump()); },
  };
}

type Shape = { kind: "sq"; side: number } | { kind: "rect"; w: number; h: number };
function area<T>(s: Shape, tag: T): string {
  return `${tag}:${s.kind === "sq" ? s.side * s.side : s.w * s.h}`;
}

interface Op { arity: number; apply(xs: number[], scale: number): number }

const greeter = {
  greeting: "hello",
  names: [] as string[],
  greet(name: string): string {
    this.names.push(name);
    return `${this.greeting}, ${name} (#${this.names.length})`;
  },
};

export function main(argv: string[]): number {
  const e: Expr = new Add(new Num(1), new Add(new Num(2), new Num(argv.length + 2)));
  const show: Visitor<string> = {
    visitNum: (n) => String(n.value),
    visitAdd(n) { return `(${n.left.accept(this)} + ${n.right.accept(this)})`; },
  };
  const ev = new Evaluator();
  console.log(e.accept(show), e.accept(depth), e.accept(ev), ev.calls);
  // one call site, records and a class
  const visitors: Visitor<number>[] = [depth, ev, { visitNum: (n) => -n.value, visitAdd(n) { return n.left.accept(this) - n.right.accept(this); } }];
  console.log(visitors.map((v) => e.accept(v)).join(" "));

  const a = makeCounter(0, 1);
  const b = makeCounter(100, 10);
  console.log(a.bump(), a.bump(), b.bump(), a.bumpAll(3).join(","), b.bumpAll(2).join(","), a.count, b.count);
  const counters: Counter[] = [];
  for (let i = 0; i < 3; i++) counters.push({ count: i, step: i, bump() { this.count *= 2; return this.count + this.step; }, bumpAll: (t) => [t] });
  console.log(counters.map((c) => c.bump()).join(" "), counters.map((c) => c.count).join(" "));

  const shapes: Shape[] = [{ kind: "sq", side: 3 }, { kind: "rect", w: 2, h: 5 }];
  console.log(shapes.map((s) => area(s, "a")).join(" "), area({ kind: "rect", w: 1, h: 1 }, 7));
  console.log(greeter.greet("ann"), greeter.greet("bob"), greeter.names.join("+"));
  // records of several shapes, no class: each gets a method that calls its property
  const ops: Op[] = [
    { arity: 2, apply: (xs, s) => (xs[0] + xs[1]) * s },
    { arity: 1, apply(xs, s) { return -xs[0] * s * this.arity; } },
    { apply: (xs) => xs.length, arity: 0 },
  ];
  for (const o of ops) console.log(o.arity, o.apply([3, 4], argv.length + 1));
  let total = 0;
  for (let i = 0; i < 10000; i++) total += makeCounter(i, 2).bump();
  console.log(total);
  return 0;
}
