// Classic visitor pattern over an expression AST with a generic Visitor<R> interface.
// Visitors: printer, evaluator, free-variable collector, constant folder, depth counter.

interface Visitor<R> {
  visitNumber(node: NumberLit): R;
  visitVariable(node: Variable): R;
  visitBinary(node: Binary): R;
  visitLet(node: Let): R;
  visitIf(node: If): R;
}

abstract class Node {
  abstract accept<R>(visitor: Visitor<R>): R;
  toString(): string {
    return this.accept(new Printer());
  }
}

class NumberLit extends Node {
  constructor(readonly value: number) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitNumber(this); }
}

class Variable extends Node {
  constructor(readonly name: string) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitVariable(this); }
}

type BinOp = "+" | "-" | "*" | "/" | "<";

class Binary extends Node {
  constructor(readonly op: BinOp, readonly left: Node, readonly right: Node) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitBinary(this); }
}

class Let extends Node {
  constructor(readonly name: string, readonly init: Node, readonly body: Node) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitLet(this); }
}

class If extends Node {
  constructor(readonly cond: Node, readonly then: Node, readonly otherwise: Node) { super(); }
  accept<R>(v: Visitor<R>): R { return v.visitIf(this); }
}

class Printer implements Visitor<string> {
  visitNumber(n: NumberLit) { return String(n.value); }
  visitVariable(n: Variable) { return n.name; }
  visitBinary(n: Binary): string { return `(${n.left.accept(this)} ${n.op} ${n.right.accept(this)})`; }
  visitLet(n: Let): string { return `let ${n.name} = ${n.init.accept(this)} in ${n.body.accept(this)}`; }
  visitIf(n: If): string { return `if ${n.cond.accept(this)} then ${n.then.accept(this)} else ${n.otherwise.accept(this)}`; }
}

class Evaluator implements Visitor<number> {
  constructor(private readonly scope: ReadonlyMap<string, number> = new Map()) {}
  visitNumber(n: NumberLit) { return n.value; }
  visitVariable(n: Variable) {
    const value = this.scope.get(n.name);
    if (value === undefined) throw new ReferenceError(`unbound: ${n.name}`);
    return value;
  }
  visitBinary(n: Binary): number {
    const a = n.left.accept(this);
    const b = n.right.accept(this);
    switch (n.op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return a / b;
      case "<": return a < b ? 1 : 0;
    }
  }
  visitLet(n: Let): number {
    const value = n.init.accept(this);
    const inner = new Map(this.scope).set(n.name, value);
    return n.body.accept(new Evaluator(inner));
  }
  visitIf(n: If): number {
    return n.cond.accept(this) !== 0 ? n.then.accept(this) : n.otherwise.accept(this);
  }
}

class FreeVars implements Visitor<Set<string>> {
  visitNumber() { return new Set<string>(); }
  visitVariable(n: Variable) { return new Set([n.name]); }
  visitBinary(n: Binary): Set<string> { return new Set([...n.left.accept(this), ...n.right.accept(this)]); }
  visitLet(n: Let): Set<string> {
    const body = n.body.accept(this);
    body.delete(n.name);
    return new Set([...n.init.accept(this), ...body]);
  }
  visitIf(n: If): Set<string> {
    return new Set([...n.cond.accept(this), ...n.then.accept(this), ...n.otherwise.accept(this)]);
  }
}

class ConstantFolder implements Visitor<Node> {
  visitNumber(n: NumberLit) { return n; }
  visitVariable(n: Variable) { return n; }
  visitBinary(n: Binary): Node {
    const left = n.left.accept(this);
    const right = n.right.accept(this);
    if (left instanceof NumberLit && right instanceof NumberLit) {
      return new NumberLit(new Binary(n.op, left, right).accept(new Evaluator()));
    }
    if (n.op === "*" && [left, right].some((x) => x instanceof NumberLit && x.value === 0)) return new NumberLit(0);
    if (n.op === "+" && left instanceof NumberLit && left.value === 0) return right;
    if ((n.op === "+" || n.op === "-") && right instanceof NumberLit && right.value === 0) return left;
    if (n.op === "*" && right instanceof NumberLit && right.value === 1) return left;
    if (n.op === "*" && left instanceof NumberLit && left.value === 1) return right;
    return new Binary(n.op, left, right);
  }
  visitLet(n: Let): Node {
    const init = n.init.accept(this);
    const body = n.body.accept(this);
    if (!body.accept(new FreeVars()).has(n.name)) return body;
    return new Let(n.name, init, body);
  }
  visitIf(n: If): Node {
    const cond = n.cond.accept(this);
    if (cond instanceof NumberLit) return (cond.value !== 0 ? n.then : n.otherwise).accept(this);
    return new If(cond, n.then.accept(this), n.otherwise.accept(this));
  }
}

const depthVisitor: Visitor<number> = {
  visitNumber: () => 1,
  visitVariable: () => 1,
  visitBinary(n) { return 1 + Math.max(n.left.accept(this), n.right.accept(this)); },
  visitLet(n) { return 1 + Math.max(n.init.accept(this), n.body.accept(this)); },
  visitIf(n) { return 1 + Math.max(n.cond.accept(this), n.then.accept(this), n.otherwise.accept(this)); },
};

const num = (v: number) => new NumberLit(v);
const v = (name: string) => new Variable(name);
const bin = (op: BinOp, l: Node, r: Node) => new Binary(op, l, r);

export function main(argv: string[]): number {
  const samples: Node[] = [
    bin("+", num(1), bin("*", num(2), num(3))),
    new Let("x", num(5), bin("*", v("x"), bin("+", v("x"), num(1)))),
    bin("+", bin("*", v("a"), num(1)), bin("*", num(0), v("b"))),
    new If(bin("<", num(2), num(3)), bin("-", v("y"), num(0)), v("z")),
    new Let("unused", bin("*", num(6), num(7)), bin("+", num(0), v("w"))),
    new Let("a", num(2), new Let("b", bin("*", v("a"), num(10)), bin("/", v("b"), v("c")))),
  ];
  const env = new Map<string, number>([["a", 4], ["b", 9], ["c", 8], ["w", 11], ["y", 7], ["z", -1]]);
  samples.forEach((ast, i) => {
    const free = [...ast.accept(new FreeVars())].sort();
    const folded = ast.accept(new ConstantFolder());
    console.log(`#${i + 1} ${ast}`);
    console.log(`   free={${free.join(",")}} depth=${ast.accept(depthVisitor)} folded: ${folded} (depth ${folded.accept(depthVisitor)})`);
    console.log(`   value=${ast.accept(new Evaluator(env))} folded value=${folded.accept(new Evaluator(env))}`);
  });
  try {
    bin("+", v("nope"), num(1)).accept(new Evaluator());
  } catch (e) {
    console.log(`error: ${e instanceof ReferenceError ? "ReferenceError" : "other"}: ${(e as Error).message}`);
  }
  return 0;
}
