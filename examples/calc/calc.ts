// calc: a small expression language, written as a TypeScript developer
// writes an interpreter — a regex tokenizer, a Pratt parser making a
// discriminated union of records, values as a plain union
// (`number | string | boolean | null | Value[] | Closure | Builtin`),
// environments in Maps, errors as Error subclasses.  RTS translates it
// unchanged (README: five-minute walkthrough).
//
//   let fact = fn(n) => if n < 2 then 1 else n * fact(n - 1);
//   print(fact(10), len("abc"), [1, 2, 3])
import { readFile } from "rts/rlib/os";

type Token =
  | { kind: "num"; value: number; at: number }
  | { kind: "str"; value: string; at: number }
  | { kind: "name"; name: string; at: number }
  | { kind: "op"; op: string; at: number }
  | { kind: "end"; at: number };

type Expr =
  | { type: "lit"; value: number | string | boolean | null }
  | { type: "var"; name: string }
  | { type: "list"; items: Expr[] }
  | { type: "unary"; op: string; arg: Expr }
  | { type: "binary"; op: string; left: Expr; right: Expr }
  | { type: "call"; callee: Expr; args: Expr[] }
  | { type: "index"; target: Expr; index: Expr }
  | { type: "if"; cond: Expr; then: Expr; else: Expr }
  | { type: "fn"; params: string[]; body: Expr }
  | { type: "let"; name: string; value: Expr; body: Expr | null };

type Builtin = (args: Value[]) => Value;
type Value = number | string | boolean | null | Value[] | Closure | Builtin;

class CalcError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
    this.name = "CalcError";
  }
}

class Env {
  private readonly vars = new Map<string, Value>();
  constructor(private readonly parent: Env | null = null) {}
  lookup(name: string, at: number): Value {
    for (let e: Env | null = this; e; e = e.parent) if (e.vars.has(name)) return e.vars.get(name)!;
    throw new CalcError(`undefined variable '${name}'`, at);
  }
  define(name: string, v: Value): void {
    this.vars.set(name, v);
  }
}

class Closure {
  constructor(readonly params: string[], readonly body: Expr, readonly env: Env) {}
  toString(): string {
    return `<fn(${this.params.join(", ")})>`;
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"\\]|\\.)*)"|([A-Za-z_]\w*)|(=>|==|!=|<=|>=|&&|\|\||[-+*\/%<>()[\],;=!]))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new CalcError(`unexpected character '${src[pos].trim() || src.slice(pos).trim()[0]}'`, pos);
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (m[1] !== undefined) out.push({ kind: "num", value: Number(m[1]), at });
    else if (m[2] !== undefined) out.push({ kind: "str", value: m[2].replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c)), at });
    else if (m[3] !== undefined) out.push({ kind: "name", name: m[3], at });
    else out.push({ kind: "op", op: m[4], at });
    pos = TOKEN.lastIndex;
  }
  out.push({ kind: "end", at: src.length });
  return out;
}

const BINARY: Record<string, number> = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };
const KEYWORDS = new Set(["let", "in", "if", "then", "else", "fn", "true", "false", "nil"]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }
  private isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === "op" && t.op === op;
  }
  private isWord(w: string): boolean {
    const t = this.peek();
    return t.kind === "name" && t.name === w;
  }
  private expect(op: string): void {
    if (!this.isOp(op)) throw new CalcError(`expected '${op}'`, this.peek().at);
    this.i++;
  }
  private word(w: string): void {
    if (!this.isWord(w)) throw new CalcError(`expected '${w}'`, this.peek().at);
    this.i++;
  }
  private name(): string {
    const t = this.peek();
    if (t.kind !== "name" || KEYWORDS.has(t.name)) throw new CalcError("expected a name", t.at);
    this.i++;
    return t.name;
  }

  program(): Expr[] {
    const out: Expr[] = [];
    while (this.peek().kind !== "end") {
      out.push(this.expr(0));
      if (!this.isOp(";")) break;
      this.i++;
    }
    if (this.peek().kind !== "end") throw new CalcError("expected ';'", this.peek().at);
    return out;
  }

  expr(minPrec: number): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const prec = t.kind === "op" ? BINARY[t.op] ?? 0 : 0;
      if (t.kind !== "op" || prec === 0 || prec <= minPrec) return left;
      this.i++;
      left = { type: "binary", op: t.op, left, right: this.expr(prec) };
    }
  }

  private unary(): Expr {
    if (this.isOp("-") || this.isOp("!")) {
      const op = (this.tokens[this.i++] as { op: string }).op;
      return { type: "unary", op, arg: this.unary() };
    }
    return this.postfix(this.primary());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      if (this.isOp("(")) {
        this.i++;
        e = { type: "call", callee: e, args: this.list(")") };
      } else if (this.isOp("[")) {
        this.i++;
        const index = this.expr(0);
        this.expect("]");
        e = { type: "index", target: e, index };
      } else return e;
    }
  }

  private list(close: string): Expr[] {
    const items: Expr[] = [];
    while (!this.isOp(close)) {
      items.push(this.expr(0));
      if (!this.isOp(",")) break;
      this.i++;
    }
    this.expect(close);
    return items;
  }

  private primary(): Expr {
    const t = this.peek();
    this.i++;
    switch (t.kind) {
      case "num":
      case "str":
        return { type: "lit", value: t.value };
      case "op":
        if (t.op === "(") {
          const e = this.expr(0);
          this.expect(")");
          return e;
        }
        if (t.op === "[") return { type: "list", items: this.list("]") };
        break;
      case "name":
        switch (t.name) {
          case "true":
          case "false":
            return { type: "lit", value: t.name === "true" };
          case "nil":
            return { type: "lit", value: null };
          case "if": {
            const cond = this.expr(0);
            this.word("then");
            const then = this.expr(0);
            this.word("else");
            return { type: "if", cond, then, else: this.expr(0) };
          }
          case "fn": {
            this.expect("(");
            const params: string[] = [];
            while (!this.isOp(")")) {
              params.push(this.name());
              if (!this.isOp(",")) break;
              this.i++;
            }
            this.expect(")");
            this.expect("=>");
            return { type: "fn", params, body: this.expr(0) };
          }
          case "let": {
            const name = this.name();
            this.expect("=");
            const value = this.expr(0);
            if (!this.isWord("in")) return { type: "let", name, value, body: null };
            this.i++;
            return { type: "let", name, value, body: this.expr(0) };
          }
          default:
            if (!KEYWORDS.has(t.name)) return { type: "var", name: t.name };
        }
        break;
      case "end":
        throw new CalcError("unexpected end of input", t.at);
    }
    this.i--;
    throw new CalcError("unexpected token", t.at);
  }
}

function show(v: Value): string {
  if (v === null) return "nil";
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (typeof v === "function") return "<builtin>";
  if (v instanceof Closure) return String(v);
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

const truthy = (v: Value): boolean => v !== null && v !== false;

function num(v: Value, what: string): number {
  if (typeof v !== "number") throw new CalcError(`${what} needs numbers, got ${show(v)}`, -1);
  return v;
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return a === b;
}

function arith(op: string, a: Value, b: Value): Value {
  switch (op) {
    case "+":
      if (typeof a === "string" || typeof b === "string") return (typeof a === "string" ? a : show(a)) + (typeof b === "string" ? b : show(b));
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      return num(a, "+") + num(b, "+");
    case "-": return num(a, "-") - num(b, "-");
    case "*": return num(a, "*") * num(b, "*");
    case "/": return num(a, "/") / num(b, "/");
    case "%": return num(a, "%") % num(b, "%");
    case "<": return num(a, "<") < num(b, "<");
    case ">": return num(a, ">") > num(b, ">");
    case "<=": return num(a, "<=") <= num(b, "<=");
    case ">=": return num(a, ">=") >= num(b, ">=");
    case "==": return equal(a, b);
    case "!=": return !equal(a, b);
  }
  throw new CalcError(`unknown operator ${op}`, -1);
}

function call(f: Value, args: Value[]): Value {
  if (typeof f === "function") return f(args);
  if (!(f instanceof Closure)) throw new CalcError(`${show(f)} is not a function`, -1);
  if (args.length !== f.params.length) throw new CalcError(`expected ${f.params.length} arguments, got ${args.length}`, -1);
  const env = new Env(f.env);
  f.params.forEach((p, i) => env.define(p, args[i]));
  return evaluate(f.body, env);
}

function evaluate(e: Expr, env: Env): Value {
  switch (e.type) {
    case "lit": return e.value;
    case "var": return env.lookup(e.name, -1);
    case "list": return e.items.map((x) => evaluate(x, env));
    case "unary": {
      const v = evaluate(e.arg, env);
      return e.op === "-" ? -num(v, "-") : !truthy(v);
    }
    case "binary":
      if (e.op === "&&") return truthy(evaluate(e.left, env)) ? evaluate(e.right, env) : false;
      if (e.op === "||") {
        const l = evaluate(e.left, env);
        return truthy(l) ? l : evaluate(e.right, env);
      }
      return arith(e.op, evaluate(e.left, env), evaluate(e.right, env));
    case "call": return call(evaluate(e.callee, env), e.args.map((a) => evaluate(a, env)));
    case "index": {
      const target = evaluate(e.target, env);
      const i = num(evaluate(e.index, env), "[]");
      if (typeof target === "string") return target[i] ?? null;
      if (Array.isArray(target)) return target[i] ?? null;
      throw new CalcError(`cannot index ${show(target)}`, -1);
    }
    case "if": return evaluate(truthy(evaluate(e.cond, env)) ? e.then : e.else, env);
    case "fn": return new Closure(e.params, e.body, env);
    case "let": {
      const scope = e.body ? new Env(env) : env;
      scope.define(e.name, null);
      scope.define(e.name, evaluate(e.value, scope));
      return e.body ? evaluate(e.body, scope) : null;
    }
  }
}

function globals(out: string[]): Env {
  const env = new Env();
  const builtins: Record<string, Builtin> = {
    print: (args) => {
      out.push(args.map((a) => (typeof a === "string" ? a : show(a))).join(" "));
      return null;
    },
    len: ([x]) => (typeof x === "string" || Array.isArray(x) ? x.length : 0),
    range: ([n]) => Array.from({ length: num(n, "range") }, (_, i) => i),
    map: ([f, xs]) => (Array.isArray(xs) ? xs.map((x) => call(f, [x])) : null),
    str: ([x]) => (typeof x === "string" ? x : show(x)),
  };
  for (const [name, f] of Object.entries(builtins)) env.define(name, f);
  return env;
}

const DEMO = `
let fact = fn(n) => if n < 2 then 1 else n * fact(n - 1);
let compose = fn(f, g) => fn(x) => f(g(x));
let inc = fn(x) => x + 1;
print("fact(10) =", fact(10), "len:", len("hello"), len([1, 2, 3]));
print(map(compose(inc, fn(x) => x * x), range(6)));
print("closures:", compose, [1, "two", true, nil] + ["more"]);
print("strings:", "a" + 1 + [2], "abc"[1], str(3.5) + "!");
let x = 7 in if x % 2 == 0 then print("even") else print("odd", x);
print(undefinedName)
`;

export function main(argv: string[]): number {
  const src = argv.length > 1 ? readFile(argv[1]) : DEMO;
  if (src === null) {
    console.log(`calc: cannot read ${argv[1]}`);
    return 2;
  }
  const out: string[] = [];
  const env = globals(out);
  try {
    for (const e of new Parser(tokenize(src)).program()) {
      evaluate(e, env);
      while (out.length > 0) console.log(out.shift());
    }
  } catch (err) {
    while (out.length > 0) console.log(out.shift());
    if (err instanceof CalcError) {
      console.log(`${err.name}: ${err.message}${err.at >= 0 ? ` at offset ${err.at}` : ""}`);
      return 1;
    }
    throw err;
  }
  return 0;
}
