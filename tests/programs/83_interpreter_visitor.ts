// A mini interpreter: hand-written scanner and parser, an Expr interface implemented by node classes, visitors via an interface, closures as builtins and user functions.
class RunError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

class SyntaxErr extends Error {
  constructor(
    msg: string,
    public pos: number,
  ) {
    super(msg);
  }
}

type Fn = (args: number[]) => number;

function norm(x: number): number {
  return x === 0 ? 0 : x; // never -0
}

class Env {
  private vars = new Map<string, number>();
  private funcs = new Map<string, Fn>();
  constructor(public parent: Env | null) {}
  define(name: string, v: number): void {
    this.vars.set(name, v);
  }
  defineFn(name: string, f: Fn): void {
    this.funcs.set(name, f);
  }
  lookup(name: string): number {
    if (this.vars.has(name)) return this.vars.get(name)!;
    if (this.parent !== null) return this.parent.lookup(name);
    throw new RunError("unbound variable " + name);
  }
  lookupFn(name: string): Fn {
    const f = this.funcs.get(name);
    if (f !== undefined) return f;
    if (this.parent !== null) return this.parent.lookupFn(name);
    throw new RunError("unknown function " + name);
  }
}

interface Visitor {
  visitNum(e: NumLit): void;
  visitVar(e: VarRef): void;
  visitBin(e: BinOp): void;
  visitNeg(e: Neg): void;
  visitCall(e: Call): void;
  visitIf(e: IfExpr): void;
}

interface Expr {
  eval(env: Env): number;
  accept(v: Visitor): void;
}

class NumLit implements Expr {
  constructor(public value: number) {}
  eval(env: Env): number {
    return this.value;
  }
  accept(v: Visitor): void {
    v.visitNum(this);
  }
}

class VarRef implements Expr {
  constructor(public name: string) {}
  eval(env: Env): number {
    return env.lookup(this.name);
  }
  accept(v: Visitor): void {
    v.visitVar(this);
  }
}

class BinOp implements Expr {
  constructor(
    public op: string,
    public left: Expr,
    public right: Expr,
  ) {}
  eval(env: Env): number {
    const a = this.left.eval(env);
    const b = this.right.eval(env);
    switch (this.op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return norm(a * b);
      case "/":
        if (b === 0) throw new RunError("division by zero");
        return norm(Math.trunc(a / b));
      case "%":
        if (b === 0) throw new RunError("modulo by zero");
        return norm(a % b);
      case "<":
        return a < b ? 1 : 0;
      case ">":
        return a > b ? 1 : 0;
      default:
        return a === b ? 1 : 0;
    }
  }
  accept(v: Visitor): void {
    v.visitBin(this);
  }
}

class Neg implements Expr {
  constructor(public operand: Expr) {}
  eval(env: Env): number {
    return 0 - this.operand.eval(env);
  }
  accept(v: Visitor): void {
    v.visitNeg(this);
  }
}

class Call implements Expr {
  constructor(
    public name: string,
    public args: Expr[],
  ) {}
  eval(env: Env): number {
    const f = env.lookupFn(this.name);
    return f(this.args.map((a: Expr) => a.eval(env)));
  }
  accept(v: Visitor): void {
    v.visitCall(this);
  }
}

class IfExpr implements Expr {
  constructor(
    public cond: Expr,
    public then: Expr,
    public otherwise: Expr,
  ) {}
  eval(env: Env): number {
    return this.cond.eval(env) !== 0 ? this.then.eval(env) : this.otherwise.eval(env);
  }
  accept(v: Visitor): void {
    v.visitIf(this);
  }
}

class Printer implements Visitor {
  out = "";
  visitNum(e: NumLit): void {
    this.out += e.value;
  }
  visitVar(e: VarRef): void {
    this.out += e.name;
  }
  visitBin(e: BinOp): void {
    this.out += "(";
    e.left.accept(this);
    this.out += " " + e.op + " ";
    e.right.accept(this);
    this.out += ")";
  }
  visitNeg(e: Neg): void {
    this.out += "-";
    e.operand.accept(this);
  }
  visitCall(e: Call): void {
    this.out += e.name + "(";
    e.args.forEach((a: Expr, i: number) => {
      if (i > 0) this.out += ", ";
      a.accept(this);
    });
    this.out += ")";
  }
  visitIf(e: IfExpr): void {
    this.out += "if ";
    e.cond.accept(this);
    this.out += " then ";
    e.then.accept(this);
    this.out += " else ";
    e.otherwise.accept(this);
  }
}

class Counter implements Visitor {
  nodes = 0;
  calls = 0;
  depth = 0;
  maxDepth = 0;
  private enter(): void {
    this.nodes++;
    this.depth++;
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }
  visitNum(e: NumLit): void {
    this.enter();
    this.depth--;
  }
  visitVar(e: VarRef): void {
    this.enter();
    this.depth--;
  }
  visitBin(e: BinOp): void {
    this.enter();
    e.left.accept(this);
    e.right.accept(this);
    this.depth--;
  }
  visitNeg(e: Neg): void {
    this.enter();
    e.operand.accept(this);
    this.depth--;
  }
  visitCall(e: Call): void {
    this.enter();
    this.calls++;
    for (const a of e.args) a.accept(this);
    this.depth--;
  }
  visitIf(e: IfExpr): void {
    this.enter();
    e.cond.accept(this);
    e.then.accept(this);
    e.otherwise.accept(this);
    this.depth--;
  }
}

class Token {
  constructor(
    public kind: string, // "num", "id", "op", "eof"
    public text: string,
    public pos: number,
  ) {}
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function scan(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 10) {
      i++;
    } else if (isDigit(c)) {
      const start = i;
      while (i < src.length && isDigit(src.charCodeAt(i))) i++;
      toks.push(new Token("num", src.slice(start, i), start));
    } else if (isAlpha(c)) {
      const start = i;
      while (i < src.length && (isAlpha(src.charCodeAt(i)) || isDigit(src.charCodeAt(i)))) i++;
      toks.push(new Token("id", src.slice(start, i), start));
    } else if (src[i] === "=" && i + 1 < src.length && src[i + 1] === "=") {
      toks.push(new Token("op", "==", i));
      i += 2;
    } else if ("+-*/%<>()=,;".includes(src[i])) {
      toks.push(new Token("op", src[i], i));
      i++;
    } else {
      throw new SyntaxErr("unexpected character '" + src[i] + "'", i);
    }
  }
  toks.push(new Token("eof", "", src.length));
  return toks;
}

interface Stmt {
  exec(env: Env, out: string[]): void;
}

class LetStmt implements Stmt {
  constructor(
    public name: string,
    public value: Expr,
  ) {}
  exec(env: Env, out: string[]): void {
    env.define(this.name, this.value.eval(env));
  }
}

class PrintStmt implements Stmt {
  constructor(public value: Expr) {}
  exec(env: Env, out: string[]): void {
    const p = new Printer();
    this.value.accept(p);
    out.push(p.out + " => " + this.value.eval(env));
  }
}

class FnStmt implements Stmt {
  constructor(
    public name: string,
    public params: string[],
    public body: Expr,
  ) {}
  exec(env: Env, out: string[]): void {
    const params = this.params;
    const body = this.body;
    const name = this.name;
    env.defineFn(name, (args: number[]): number => {
      if (args.length !== params.length) throw new RunError(name + " expects " + params.length + " args, got " + args.length);
      const local = new Env(env);
      params.forEach((p: string, i: number) => local.define(p, args[i]));
      return body.eval(local);
    });
    const c = new Counter();
    body.accept(c);
    out.push("defined " + name + "/" + params.length + " nodes=" + c.nodes + " calls=" + c.calls + " depth=" + c.maxDepth);
  }
}

class Parser {
  private toks: Token[];
  private i = 0;
  constructor(src: string) {
    this.toks = scan(src);
  }
  private peek(): Token {
    return this.toks[this.i];
  }
  private next(): Token {
    return this.toks[this.i++];
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.text === text;
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === "id" && t.text === text;
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new SyntaxErr("expected '" + text + "' but found '" + t.text + "'", t.pos);
  }
  private ident(): string {
    const t = this.next();
    if (t.kind !== "id") throw new SyntaxErr("expected a name", t.pos);
    return t.text;
  }
  program(): Stmt[] {
    const out: Stmt[] = [];
    while (this.peek().kind !== "eof") out.push(this.statement());
    return out;
  }
  private statement(): Stmt {
    let s: Stmt;
    if (this.isWord("let")) {
      this.next();
      const name = this.ident();
      this.expect("=");
      s = new LetStmt(name, this.expr());
    } else if (this.isWord("fn")) {
      this.next();
      const name = this.ident();
      this.expect("(");
      const params: string[] = [];
      while (!this.isOp(")")) {
        if (params.length > 0) this.expect(",");
        params.push(this.ident());
      }
      this.expect(")");
      this.expect("=");
      s = new FnStmt(name, params, this.expr());
    } else {
      this.expect("print");
      s = new PrintStmt(this.expr());
    }
    this.expect(";");
    return s;
  }
  private expr(): Expr {
    if (this.isWord("if")) {
      this.next();
      const c = this.expr();
      this.expect("then");
      const t = this.expr();
      this.expect("else");
      return new IfExpr(c, t, this.expr());
    }
    const left = this.additive();
    if (this.isOp("<") || this.isOp(">") || this.isOp("==")) {
      const op = this.next().text;
      return new BinOp(op, left, this.additive());
    }
    return left;
  }
  private additive(): Expr {
    let e = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.next().text;
      e = new BinOp(op, e, this.term());
    }
    return e;
  }
  private term(): Expr {
    let e = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = this.next().text;
      e = new BinOp(op, e, this.unary());
    }
    return e;
  }
  private unary(): Expr {
    if (this.isOp("-")) {
      this.next();
      return new Neg(this.unary());
    }
    return this.primary();
  }
  private primary(): Expr {
    const t = this.next();
    if (t.kind === "num") {
      let n = 0;
      for (let k = 0; k < t.text.length; k++) n = n * 10 + (t.text.charCodeAt(k) - 48);
      return new NumLit(n);
    }
    if (t.kind === "id") {
      if (!this.isOp("(")) return new VarRef(t.text);
      this.next();
      const args: Expr[] = [];
      while (!this.isOp(")")) {
        if (args.length > 0) this.expect(",");
        args.push(this.expr());
      }
      this.next();
      return new Call(t.text, args);
    }
    if (t.text === "(") {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    throw new SyntaxErr("unexpected '" + t.text + "'", t.pos);
  }
}

function makeGlobals(): Env {
  const g = new Env(null);
  g.define("ten", 10);
  g.defineFn("max", (args: number[]) => args.reduce((a: number, b: number) => (a > b ? a : b)));
  g.defineFn("min", (args: number[]) => args.reduce((a: number, b: number) => (a < b ? a : b)));
  g.defineFn("abs", (args: number[]) => Math.abs(args[0]));
  g.defineFn("sum", (args: number[]) => args.reduce((a: number, b: number) => a + b, 0));
  g.defineFn("count", (args: number[]) => args.length);
  let calls = 0;
  g.defineFn("tick", (args: number[]) => ++calls);
  return g;
}

function run(src: string, env: Env): void {
  let stmts: Stmt[];
  try {
    stmts = new Parser(src).program();
  } catch (e) {
    if (e instanceof SyntaxErr) {
      console.log("syntax error at " + e.pos + ": " + e.message);
      return;
    }
    throw e;
  }
  for (const s of stmts) {
    const out: string[] = [];
    try {
      s.exec(env, out);
    } catch (e) {
      if (e instanceof RunError) out.push("runtime error: " + e.message);
      else throw e;
    }
    for (const line of out) console.log(line);
  }
}

const PROGRAM = `
let a = 6; let b = 7;
print a * b;
print (a + b) * (a - b);
print -a + ten * 2 - b % 4;
fn sq(x) = x * x;
fn hyp(x, y) = sq(x) + sq(y);
print hyp(3, 4);
print max(a, b, 100, 2) - min(9, 4, 12);
print abs(0 - 17) + sum() + sum(1, 2, 3) + count(a, b);
fn fact(n) = if n < 2 then 1 else n * fact(n - 1);
print fact(10);
fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2);
print fib(15);
let c = a % 4 + b / 2 - -3;
print c;
print 0 - 7 / 2;
print -7 % 3;
print 10 / 0;
print missing + 1;
print nothere(1);
print sq(1, 2);
fn adder(k) = a + k;
let a = 100;
print adder(1);
print tick() + tick() * 10;
print if a == 100 then 1 else 0;
print if 1 > 2 then 1 else if 2 > 1 then 22 else 33;
`;

export function main(argv: string[]): number {
  const g = makeGlobals();
  run(PROGRAM, g);
  run("print 1 +;", g);
  run("let = 4;", g);
  run("print 2 $ 3;", g);
  run("print (1 + 2;", g);
  run("print tick();", g);
  return 0;
}
