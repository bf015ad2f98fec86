// A Lox-like tree-walking interpreter: scanner, parser, environments, closures, return via exceptions.
const KEYWORDS = new Set(["var", "fun", "if", "else", "while", "print", "return", "true", "false", "nil", "and", "or"]);
const isIdent = (tok: string) => /^[A-Za-z_]/.test(tok) && !KEYWORDS.has(tok);
// Tokens are plain strings; string literals keep their quotes so they never clash with punctuation.
const TOKEN_RE = /\/\/[^\n]*|\s+|(\d+(?:\.\d+)?|"[^"]*"|[A-Za-z_]\w*|[=!<>]=|[-+*/%<>=!(){},;])|(.)/g;
function scan(src: string): string[] {
  const tokens: string[] = [];
  for (const [, tok, bad] of src.matchAll(TOKEN_RE)) {
    if (bad !== undefined) throw new SyntaxError(`unexpected character '${bad}'`);
    if (tok !== undefined) tokens.push(tok);
  }
  return [...tokens, "<eof>"];
}

type Expr =
  | { k: "lit"; value: LoxValue } | { k: "var"; name: string } | { k: "assign"; name: string; value: Expr }
  | { k: "unary"; op: string; right: Expr } | { k: "binary"; op: string; left: Expr; right: Expr }
  | { k: "call"; callee: Expr; args: Expr[] };
type Stmt =
  | { k: "expr"; expr: Expr } | { k: "print"; expr: Expr } | { k: "var"; name: string; init?: Expr }
  | { k: "block"; body: Stmt[] } | { k: "if"; cond: Expr; then: Stmt; else?: Stmt }
  | { k: "while"; cond: Expr; body: Stmt } | { k: "fun"; name: string; params: string[]; body: Stmt[] }
  | { k: "return"; value?: Expr };

class Parser {
  private static readonly LEVELS = [["or"], ["and"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]];
  private i = 0;
  constructor(private readonly toks: string[]) {}
  private check = (text: string) => this.toks[this.i] === text;
  private match = (...texts: string[]): boolean => texts.some(this.check) && ++this.i > 0;
  private expect(what: string, ok = (tok: string) => tok === what): string {
    if (!ok(this.toks[this.i])) throw new SyntaxError(`expected ${what} but got '${this.toks[this.i]}'`);
    return this.toks[this.i++];
  }
  private closed<T>(value: T, closer: string): T { this.expect(closer); return value; }
  private list<T>(item: () => T): T[] {
    const items: T[] = [];
    if (!this.check(")")) do items.push(item()); while (this.match(","));
    return this.closed(items, ")");
  }
  private paren(): Expr { this.expect("("); return this.closed(this.expression(), ")"); }
  private ident = (): string => this.expect("identifier", isIdent);
  statements(end = "<eof>"): Stmt[] {
    const body: Stmt[] = [];
    while (!this.match(end)) body.push(this.statement());
    return body;
  }
  private statement(): Stmt {
    if (this.match("var")) {
      return this.closed({ k: "var", name: this.ident(), init: this.match("=") ? this.expression() : undefined }, ";");
    }
    if (this.match("fun")) {
      const name = this.ident();
      this.expect("(");
      const params = this.list(this.ident);
      this.expect("{");
      return { k: "fun", name, params, body: this.statements("}") };
    }
    if (this.match("print")) return this.closed({ k: "print", expr: this.expression() }, ";");
    if (this.match("return")) return this.closed({ k: "return", value: this.check(";") ? undefined : this.expression() }, ";");
    if (this.match("{")) return { k: "block", body: this.statements("}") };
    if (this.match("while")) return { k: "while", cond: this.paren(), body: this.statement() };
    if (this.match("if")) {
      return { k: "if", cond: this.paren(), then: this.statement(), else: this.match("else") ? this.statement() : undefined };
    }
    return this.closed({ k: "expr", expr: this.expression() }, ";");
  }
  private expression(): Expr {
    const left = this.binary(0);
    if (!this.match("=")) return left;
    if (left.k !== "var") throw new SyntaxError("invalid assignment target");
    return { k: "assign", name: left.name, value: this.expression() };
  }
  private binary(level: number): Expr {
    if (level === Parser.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (this.match(...Parser.LEVELS[level])) {
      left = { k: "binary", op: this.toks[this.i - 1], left, right: this.binary(level + 1) };
    }
    return left;
  }
  private unary(): Expr {
    if (this.match("-", "!")) return { k: "unary", op: this.toks[this.i - 1], right: this.unary() };
    let expr = this.primary();
    while (this.match("(")) expr = { k: "call", callee: expr, args: this.list(() => this.expression()) };
    return expr;
  }
  private primary(): Expr {
    if (this.check("(")) return this.paren();
    const t = this.toks[this.i++];
    if (/^\d/.test(t)) return { k: "lit", value: Number(t) };
    if (t.startsWith('"')) return { k: "lit", value: t.slice(1, -1) };
    if (isIdent(t)) return { k: "var", name: t };
    if (t === "true" || t === "false" || t === "nil") return { k: "lit", value: t === "nil" ? null : t === "true" };
    throw new SyntaxError(`unexpected '${t}'`);
  }
}

type LoxValue = number | string | boolean | null | LoxCallable;
interface LoxCallable { arity: number; name: string; call(args: LoxValue[]): LoxValue }
class RuntimeError extends Error {}
class ReturnSignal { constructor(readonly value: LoxValue) {} }

class Environment {
  private readonly values = new Map<string, LoxValue>();
  constructor(readonly enclosing?: Environment) {}
  define(name: string, value: LoxValue): void { this.values.set(name, value); }
  private resolve(name: string): Environment {
    for (let env: Environment | undefined = this; env; env = env.enclosing) if (env.values.has(name)) return env;
    throw new RuntimeError(`undefined variable '${name}'`);
  }
  get(name: string): LoxValue { return this.resolve(name).values.get(name)!; }
  assign(name: string, value: LoxValue): void { this.resolve(name).values.set(name, value); }
}

const stringify = (v: LoxValue): string => (v === null ? "nil" : typeof v === "object" ? `<fn ${v.name}>` : String(v));
const truthy = (v: LoxValue): boolean => v !== null && v !== false;
const run = (stmts: Stmt[], env: Environment): void => stmts.forEach((s) => exec(s, env));

function exec(s: Stmt, env: Environment): void {
  switch (s.k) {
    case "expr": evaluate(s.expr, env); break;
    case "print": console.log(stringify(evaluate(s.expr, env))); break;
    case "var": env.define(s.name, s.init ? evaluate(s.init, env) : null); break;
    case "block": run(s.body, new Environment(env)); break;
    case "if":
      if (truthy(evaluate(s.cond, env))) exec(s.then, env);
      else if (s.else) exec(s.else, env);
      break;
    case "while": while (truthy(evaluate(s.cond, env))) exec(s.body, env); break;
    case "return": throw new ReturnSignal(s.value ? evaluate(s.value, env) : null);
    case "fun": {
      const { name, params, body } = s;
      env.define(name, { arity: params.length, name, call: (args) => {
        const frame = new Environment(env);
        params.forEach((p, i) => frame.define(p, args[i]));
        try { run(body, frame); } catch (r) { if (r instanceof ReturnSignal) return r.value; throw r; }
        return null;
      } });
    }
  }
}

function evaluate(e: Expr, env: Environment): LoxValue {
  switch (e.k) {
    case "lit": return e.value;
    case "var": return env.get(e.name);
    case "assign": { const v = evaluate(e.value, env); env.assign(e.name, v); return v; }
    case "unary": { const v = evaluate(e.right, env); return e.op === "!" ? !truthy(v) : -num(v, e.op); }
    case "call": {
      const f = evaluate(e.callee, env);
      if (f === null || typeof f !== "object") throw new RuntimeError(`can only call functions, not ${stringify(f)}`);
      if (f.arity !== e.args.length) throw new RuntimeError(`${f.name} expects ${f.arity} args, got ${e.args.length}`);
      return f.call(e.args.map((a) => evaluate(a, env)));
    }
    case "binary": {
      const l = evaluate(e.left, env);
      if (e.op === "and" || e.op === "or") return truthy(l) === (e.op === "or") ? l : evaluate(e.right, env);
      const r = evaluate(e.right, env);
      if (e.op === "==" || e.op === "!=") return (l === r) === (e.op === "==");
      if (e.op === "+" && (typeof l === "string" || typeof r === "string")) return stringify(l) + stringify(r);
      const a = num(l, e.op), b = num(r, e.op);
      switch (e.op) {
        case "+": return a + b; case "-": return a - b; case "*": return a * b; case "%": return a % b;
        case "/": if (b === 0) throw new RuntimeError("division by zero"); return a / b;
        case "<": return a < b; case "<=": return a <= b; case ">": return a > b; default: return a >= b;
      }
    }
  }
}

function num(v: LoxValue, op: string): number {
  if (typeof v !== "number") throw new RuntimeError(`operand of '${op}' must be a number, got ${stringify(v)}`);
  return v;
}

const SOURCE = `
fun fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
var i = 0; while (i < 10) { print "fib(" + i + ") = " + fib(i); i = i + 3; } // comment
fun makeCounter() { var count = 0; fun inc() { count = count + 1; return count; } return inc; }
var c1 = makeCounter(); var c2 = makeCounter(); c1(); c1(); print "c1=" + c1() + " c2=" + c2();
var a = "outer"; { var a = "inner"; print a; } print a; print nil or "default"; print 1 < 2 and !false;
print makeCounter; print 3 != 4;
fun apply(f, x) { return f(f(x)); } fun sq(x) { return x * x; } print apply(sq, 3);
`;

export function main(argv: string[]): number {
  const globals = new Environment();
  run(new Parser(scan(SOURCE)).statements(), globals);
  const broken = ["print 1 +;", 'print -"x";', "print undefinedVar;", "fib(1, 2);", "var x = 3; x();", "print 1 / 0;"];
  for (const bad of [...broken, "print @;", "var 1 = 2;"]) {
    try {
      run(new Parser(scan(bad)).statements(), globals);
    } catch (err) {
      const kind = err instanceof SyntaxError ? "syntax" : err instanceof RuntimeError ? "runtime" : "internal";
      console.log(`${bad.padEnd(22)} -> ${kind} error: ${(err as Error).message}`);
    }
  }
  return 0;
}
