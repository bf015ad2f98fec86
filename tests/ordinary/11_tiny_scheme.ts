// A tiny Scheme: reader, environments, eval (quote if define lambda let begin set! cond), tail calls.

type Value = number | boolean | string | Sym | Pair | Procedure | null;

class Sym {
  private static readonly table = new Map<string, Sym>();
  private constructor(readonly name: string) {}
  static of(name: string): Sym {
    let s = Sym.table.get(name);
    if (!s) Sym.table.set(name, (s = new Sym(name)));
    return s;
  }
}
const S = (name: string) => Sym.of(name);

class Pair { constructor(public car: Value, public cdr: Value) {} }

type Builtin = { kind: "builtin"; name: string; fn: (args: Value[]) => Value };
type Lambda = { kind: "lambda"; params: Sym[]; rest: Sym | null; body: Value[]; env: Env };
type Procedure = Builtin | Lambda;
class SchemeError extends Error {}

class Env {
  private readonly vars = new Map<Sym, Value>();
  constructor(private readonly parent: Env | null = null) {}
  lookup(s: Sym): Value {
    for (let e: Env | null = this; e; e = e.parent) if (e.vars.has(s)) return e.vars.get(s)!;
    throw new SchemeError(`unbound variable: ${s.name}`);
  }
  define(s: Sym, v: Value): void { this.vars.set(s, v); }
  set(s: Sym, v: Value): void {
    for (let e: Env | null = this; e; e = e.parent) if (e.vars.has(s)) { e.vars.set(s, v); return; }
    throw new SchemeError(`set! of unbound variable: ${s.name}`);
  }
}

const list = (...items: Value[]): Value => items.reduceRight<Value>((acc, x) => new Pair(x, acc), null);
function toArray(v: Value): Value[] {
  const out: Value[] = [];
  for (; v instanceof Pair; v = v.cdr) out.push(v.car);
  return out;
}

function read(src: string): Value[] {
  const tokens = src.replace(/;[^\n]*/g, "").match(/[()']|"[^"]*"|[^\s()']+/g) ?? [];
  let pos = 0;
  const readForm = (): Value => {
    const tok = tokens[pos++];
    if (tok === undefined) throw new SchemeError("unexpected EOF");
    if (tok === "'") return list(Sym.of("quote"), readForm());
    if (tok === "(") {
      const items: Value[] = [];
      let tail: Value = null;
      while (tokens[pos] !== ")") {
        if (pos >= tokens.length) throw new SchemeError("missing )");
        if (tokens[pos] === ".") {
          pos++;
          tail = readForm();
          if (tokens[pos] !== ")") throw new SchemeError("bad dotted list");
          break;
        }
        items.push(readForm());
      }
      pos++;
      return items.reduceRight<Value>((acc, item) => new Pair(item, acc), tail);
    }
    if (tok === ")") throw new SchemeError("unexpected )");
    if (tok === "#t" || tok === "#f") return tok === "#t";
    if (tok.startsWith('"')) return tok.slice(1, -1);
    const n = Number(tok);
    return Number.isNaN(n) ? Sym.of(tok) : n;
  };
  const forms: Value[] = [];
  while (pos < tokens.length) forms.push(readForm());
  return forms;
}

function show(v: Value): string {
  if (v === null) return "()";
  if (typeof v === "boolean") return v ? "#t" : "#f";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v instanceof Sym) return v.name;
  if (v instanceof Pair) {
    const parts: string[] = [];
    let cur: Value = v;
    for (; cur instanceof Pair; cur = cur.cdr) parts.push(show(cur.car));
    return `(${parts.join(" ")}${cur === null ? "" : ` . ${show(cur)}`})`;
  }
  return v.kind === "builtin" ? `#<builtin ${v.name}>` : "#<lambda>";
}

function evaluate(x: Value, env: Env): Value {
  for (;;) {
    if (x instanceof Sym) return env.lookup(x);
    if (!(x instanceof Pair)) return x;
    const [head, ...args] = toArray(x);
    if (head === S("quote")) return args[0];
    if (head === S("if")) {
      x = evaluate(args[0], env) !== false ? args[1] : args[2] ?? null;
      continue;
    }
    if (head === S("define")) {
      const target = args[0];
      if (target instanceof Pair) env.define(target.car as Sym, makeLambda(target.cdr, args.slice(1), env));
      else env.define(target as Sym, evaluate(args[1], env));
      return null;
    }
    if (head === S("set!")) { env.set(args[0] as Sym, evaluate(args[1], env)); return null; }
    if (head === S("lambda")) return makeLambda(args[0], args.slice(1), env);
    if (head === S("begin")) {
      args.slice(0, -1).forEach((a) => evaluate(a, env));
      x = args[args.length - 1] ?? null;
      continue;
    }
    if (head === S("let")) {
      const inner = new Env(env);
      for (const [name, init] of toArray(args[0]).map(toArray)) inner.define(name as Sym, evaluate(init, env));
      args.slice(1, -1).forEach((a) => evaluate(a, inner));
      [x, env] = [args[args.length - 1], inner];
      continue;
    }
    if (head === S("cond")) {
      const clause = args.map(toArray).find(([test]) => test === S("else") || evaluate(test, env) !== false);
      if (!clause) return null;
      x = clause[1];
      continue;
    }
    const proc = evaluate(head, env);
    const values = args.map((a) => evaluate(a, env));
    if (proc === null || typeof proc !== "object" || !("kind" in proc)) throw new SchemeError(`not a procedure: ${show(proc)}`);
    if (proc.kind === "builtin") return proc.fn(values);
    const frame = new Env(proc.env);
    proc.params.forEach((p, i) => frame.define(p, values[i] ?? null));
    if (proc.rest) frame.define(proc.rest, list(...values.slice(proc.params.length)));
    proc.body.slice(0, -1).forEach((b) => evaluate(b, frame));
    [x, env] = [proc.body[proc.body.length - 1], frame]; // tail call
  }
}

function makeLambda(params: Value, body: Value[], env: Env): Lambda {
  const names: Sym[] = [];
  let p = params;
  for (; p instanceof Pair; p = p.cdr) names.push(p.car as Sym);
  return { kind: "lambda", params: names, rest: p instanceof Sym ? p : null, body, env };
}

function globalEnv(): Env {
  const env = new Env();
  const num = (v: Value): number => {
    if (typeof v !== "number") throw new SchemeError(`expected number, got ${show(v)}`);
    return v;
  };
  const builtins: Record<string, (args: Value[]) => Value> = {
    "+": (a) => a.reduce<number>((s, v) => s + num(v), 0),
    "*": (a) => a.reduce<number>((s, v) => s * num(v), 1),
    "-": (a) => (a.length === 1 ? -num(a[0]) : a.slice(1).reduce<number>((s, v) => s - num(v), num(a[0]))),
    "=": ([a, b]) => num(a) === num(b), "<": ([a, b]) => num(a) < num(b), ">": ([a, b]) => num(a) > num(b),
    cons: ([a, b]) => new Pair(a, b), list: (a) => list(...a),
    car: ([p]) => { if (p instanceof Pair) return p.car; throw new SchemeError(`car of ${show(p)}`); },
    cdr: ([p]) => { if (p instanceof Pair) return p.cdr; throw new SchemeError(`cdr of ${show(p)}`); },
    "null?": ([a]) => a === null,
    display: ([a]) => { console.log(typeof a === "string" ? a : show(a)); return null; },
  };
  for (const [name, fn] of Object.entries(builtins)) env.define(S(name), { kind: "builtin", name, fn });
  return env;
}

const PROGRAM = `
(define (fact n) (if (< n 2) 1 (* n (fact (- n 1))))) (fact 12)
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
(define c (make-counter)) (begin (c) (c) (c))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 100000 0) ; deep tail recursion
(define (fib n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2)))))) (fib 20)
(define (sum-list xs) (if (null? xs) 0 (+ (car xs) (sum-list (cdr xs)))))
(define (sum first . more) (list first (sum-list more))) (sum 1 2 3 4)
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (* x 2)) (lambda (x) (+ x 10))) 5)
'(a (b . c) "str" #t)
(display "hello from scheme")
(car '())
(undefined-thing 1)
`;

export function main(argv: string[]): number {
  const env = globalEnv();
  for (const form of read(PROGRAM)) {
    try {
      const result = evaluate(form, env);
      if (result !== null) console.log(`${show(form).slice(0, 40).padEnd(40)} => ${show(result)}`);
    } catch (e) {
      if (!(e instanceof SchemeError)) throw e;
      console.log(`${show(form).padEnd(40)} !! ${e.message}`);
    }
  }
  return 0;
}
