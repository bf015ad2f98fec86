// Abstract classes and methods, virtual dispatch through base-typed variables and arrays.
abstract class Expr {
  abstract evaluate(): number;
  abstract show(): string;
  twice(): number {
    return 2 * this.evaluate();
  }
}

class Num extends Expr {
  constructor(public v: number) {
    super();
  }
  evaluate(): number {
    return this.v;
  }
  show(): string {
    return "" + this.v;
  }
}

abstract class BinOp extends Expr {
  constructor(public left: Expr, public right: Expr) {
    super();
  }
  abstract op(): string;
  abstract apply(a: number, b: number): number;
  evaluate(): number {
    return this.apply(this.left.evaluate(), this.right.evaluate());
  }
  show(): string {
    return "(" + this.left.show() + " " + this.op() + " " + this.right.show() + ")";
  }
}

class Add extends BinOp {
  op(): string {
    return "+";
  }
  apply(a: number, b: number): number {
    return a + b;
  }
}

class Mul extends BinOp {
  op(): string {
    return "*";
  }
  apply(a: number, b: number): number {
    return a * b;
  }
}

class Sub extends BinOp {
  op(): string {
    return "-";
  }
  apply(a: number, b: number): number {
    return a - b;
  }
  show(): string {
    return "sub" + super.show();
  }
}

class Neg extends Expr {
  constructor(public inner: Expr) {
    super();
  }
  evaluate(): number {
    return -this.inner.evaluate();
  }
  show(): string {
    return "-" + this.inner.show();
  }
}

function build(depth: number, seed: number): Expr {
  if (depth === 0) return new Num(seed % 10);
  const l = build(depth - 1, seed * 3 + 1);
  const r = build(depth - 1, seed * 7 + 2);
  if (seed % 3 === 0) return new Add(l, r);
  if (seed % 3 === 1) return new Mul(l, r);
  return new Sub(l, r);
}

export function main(argv: string[]): number {
  const e1: Expr = new Add(new Num(2), new Mul(new Num(3), new Num(4)));
  console.log(e1.show() + " = " + e1.evaluate());
  console.log(e1.twice());
  const e2: Expr = new Sub(new Neg(e1), new Num(6));
  console.log(e2.show() + " = " + e2.evaluate());
  const list: Expr[] = [new Num(7), e1, e2, new Neg(new Num(1))];
  let total = 0;
  for (const e of list) {
    total += e.evaluate();
  }
  console.log(total);
  let b: BinOp = new Add(new Num(1), new Num(2));
  console.log(b.op() + " " + b.evaluate());
  b = new Mul(new Num(5), new Num(6));
  console.log(b.op() + " " + b.evaluate());
  b.left = new Num(10);
  console.log(b.show() + " = " + b.evaluate());
  const big = build(4, 5);
  console.log(big.show());
  console.log(big.evaluate());
  const huge = build(5, 1);
  console.log(huge.evaluate());
  return 0;
}
