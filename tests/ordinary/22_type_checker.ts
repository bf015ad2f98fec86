// A type checker for a simply-typed lambda calculus with records and width/depth
// subtyping, plus a small parser for type annotations and an evaluator for well-typed terms.

type Type =
  | { tag: "int" }
  | { tag: "bool" }
  | { tag: "fn"; param: Type; result: Type }
  | { tag: "record"; fields: ReadonlyMap<string, Type> };

type Term =
  | { tag: "lit"; value: number | boolean }
  | { tag: "var"; name: string }
  | { tag: "lam"; param: string; paramType: Type; body: Term }
  | { tag: "app"; fn: Term; arg: Term }
  | { tag: "let"; name: string; value: Term; body: Term }
  | { tag: "if"; cond: Term; then: Term; else: Term }
  | { tag: "record"; fields: Array<[string, Term]> }
  | { tag: "proj"; record: Term; field: string }
  | { tag: "prim"; op: "+" | "-" | "*" | "<" | "=="; left: Term; right: Term };

class TypeError_ extends Error {
  constructor(message: string, readonly term: Term) {
    super(message);
    this.name = "TypeError";
  }
}

const INT: Type = { tag: "int" };
const BOOL: Type = { tag: "bool" };

function show(t: Type): string {
  switch (t.tag) {
    case "int": return "Int";
    case "bool": return "Bool";
    case "fn": return `${t.param.tag === "fn" ? `(${show(t.param)})` : show(t.param)} -> ${show(t.result)}`;
    case "record": return `{${[...t.fields].map(([k, v]) => `${k}: ${show(v)}`).join(", ")}}`;
  }
}

// Parses annotations like "{x: Int, f: Int -> Bool} -> Int".
function parseType(src: string): Type {
  const tokens = src.match(/->|[{}():,]|\w+/g) ?? [];
  let i = 0;
  const expect = (tok: string) => {
    if (tokens[i++] !== tok) throw new SyntaxError(`expected '${tok}' in type '${src}'`);
  };
  const atom = (): Type => {
    const tok = tokens[i++];
    if (tok === "Int") return INT;
    if (tok === "Bool") return BOOL;
    if (tok === "(") { const t = arrow(); expect(")"); return t; }
    if (tok === "{") {
      const fields = new Map<string, Type>();
      while (tokens[i] !== "}") {
        const name = tokens[i++];
        expect(":");
        fields.set(name, arrow());
        if (tokens[i] === ",") i++;
      }
      expect("}");
      return { tag: "record", fields };
    }
    throw new SyntaxError(`unexpected '${tok}' in type '${src}'`);
  };
  const arrow = (): Type => {
    const param = atom();
    if (tokens[i] !== "->") return param;
    i++;
    return { tag: "fn", param, result: arrow() };
  };
  return arrow();
}

function isSubtype(s: Type, t: Type): boolean {
  if (s.tag === "fn" && t.tag === "fn") return isSubtype(t.param, s.param) && isSubtype(s.result, t.result);
  if (s.tag === "record" && t.tag === "record") {
    return [...t.fields].every(([name, ft]) => {
      const fs = s.fields.get(name);
      return fs !== undefined && isSubtype(fs, ft);
    });
  }
  return s.tag === t.tag;
}

type Ctx = ReadonlyMap<string, Type>;

function typeOf(term: Term, ctx: Ctx = new Map()): Type {
  const fail = (msg: string): never => { throw new TypeError_(msg, term); };
  switch (term.tag) {
    case "lit": return typeof term.value === "number" ? INT : BOOL;
    case "var": return ctx.get(term.name) ?? fail(`unbound variable ${term.name}`);
    case "lam": {
      const body = typeOf(term.body, new Map(ctx).set(term.param, term.paramType));
      return { tag: "fn", param: term.paramType, result: body };
    }
    case "app": {
      const fnType = typeOf(term.fn, ctx);
      if (fnType.tag !== "fn") return fail(`cannot apply non-function of type ${show(fnType)}`);
      const argType = typeOf(term.arg, ctx);
      if (!isSubtype(argType, fnType.param)) return fail(`argument ${show(argType)} is not a subtype of ${show(fnType.param)}`);
      return fnType.result;
    }
    case "let": return typeOf(term.body, new Map(ctx).set(term.name, typeOf(term.value, ctx)));
    case "if": {
      const c = typeOf(term.cond, ctx);
      if (c.tag !== "bool") fail(`condition must be Bool, got ${show(c)}`);
      const [a, b] = [typeOf(term.then, ctx), typeOf(term.else, ctx)];
      if (isSubtype(a, b)) return b;
      if (isSubtype(b, a)) return a;
      return fail(`branches disagree: ${show(a)} vs ${show(b)}`);
    }
    case "record": {
      const names = term.fields.map(([n]) => n);
      const dup = names.find((n, idx) => names.indexOf(n) !== idx);
      if (dup) fail(`duplicate field ${dup}`);
      return { tag: "record", fields: new Map(term.fields.map(([n, t]) => [n, typeOf(t, ctx)])) };
    }
    case "proj": {
      const r = typeOf(term.record, ctx);
      if (r.tag !== "record") return fail(`cannot project .${term.field} from ${show(r)}`);
      return r.fields.get(term.field) ?? fail(`no field ${term.field} in ${show(r)}`);
    }
    case "prim": {
      const [l, r] = [typeOf(term.left, ctx), typeOf(term.right, ctx)];
      if (term.op === "==") return l.tag === r.tag && l.tag !== "fn" ? BOOL : fail(`cannot compare ${show(l)} with ${show(r)}`);
      if (l.tag !== "int" || r.tag !== "int") fail(`'${term.op}' expects Int operands, got ${show(l)} and ${show(r)}`);
      return term.op === "<" ? BOOL : INT;
    }
  }
}

type Value = number | boolean | ((v: Value) => Value) | Map<string, Value>;

function evaluate(term: Term, env: ReadonlyMap<string, Value> = new Map()): Value {
  switch (term.tag) {
    case "lit": return term.value;
    case "var": return env.get(term.name)!;
    case "lam": return (v: Value) => evaluate(term.body, new Map(env).set(term.param, v));
    case "app": return (evaluate(term.fn, env) as (v: Value) => Value)(evaluate(term.arg, env));
    case "let": return evaluate(term.body, new Map(env).set(term.name, evaluate(term.value, env)));
    case "if": return evaluate(term.cond, env) ? evaluate(term.then, env) : evaluate(term.else, env);
    case "record": return new Map(term.fields.map(([n, t]) => [n, evaluate(t, env)]));
    case "proj": return (evaluate(term.record, env) as Map<string, Value>).get(term.field)!;
    case "prim": {
      const [a, b] = [evaluate(term.left, env) as number, evaluate(term.right, env) as number];
      return { "+": a + b, "-": a - b, "*": a * b, "<": a < b, "==": a === b }[term.op];
    }
  }
}

const showValue = (v: Value): string =>
  typeof v === "function" ? "<fun>" : v instanceof Map ? `{${[...v].map(([k, x]) => `${k} = ${showValue(x)}`).join(", ")}}` : String(v);

// Small term constructors.
const lit = (value: number | boolean): Term => ({ tag: "lit", value });
const v = (name: string): Term => ({ tag: "var", name });
const lam = (param: string, type: string, body: Term): Term => ({ tag: "lam", param, paramType: parseType(type), body });
const app = (fn: Term, ...args: Term[]): Term => args.reduce<Term>((f, arg) => ({ tag: "app", fn: f, arg }), fn);
const rec = (fields: Record<string, Term>): Term => ({ tag: "record", fields: Object.entries(fields) });
const dot = (record: Term, field: string): Term => ({ tag: "proj", record, field });
const prim = (op: "+" | "-" | "*" | "<" | "==", left: Term, right: Term): Term => ({ tag: "prim", op, left, right });

export function main(argv: string[]): number {
  const getX = lam("p", "{x: Int}", dot(v("p"), "x"));
  const twice = lam("f", "Int -> Int", lam("x", "Int", app(v("f"), app(v("f"), v("x")))));
  const examples: Array<[string, Term]> = [
    ["identity", lam("x", "Int", v("x"))],
    ["apply getX to point", app(getX, rec({ x: lit(3), y: lit(4) }))],
    ["higher-order", twice],
    ["twice double 5", app(twice, lam("n", "Int", prim("*", v("n"), lit(2))), lit(5))],
    ["let + if", {
      tag: "let", name: "r", value: rec({ a: lit(1), b: lit(true) }),
      body: { tag: "if", cond: dot(v("r"), "b"), then: prim("+", dot(v("r"), "a"), lit(10)), else: lit(0) },
    }],
    ["nested record", dot(dot(rec({ inner: rec({ z: lit(false) }) }), "inner"), "z")],
    ["fn subtyping", app(lam("g", "{x: Int, y: Int} -> Int", app(v("g"), rec({ x: lit(1), y: lit(2) }))), getX)],
    ["missing field", app(getX, rec({ y: lit(1) }))],
    ["bad condition", { tag: "if", cond: lit(1), then: lit(2), else: lit(3) }],
    ["apply non-function", app(lit(3), lit(4))],
    ["unbound", prim("+", v("nope"), lit(1))],
    ["branch mismatch", { tag: "if", cond: lit(true), then: lit(1), else: lit(false) }],
    ["compare functions", prim("==", getX, getX)],
  ];
  for (const [name, term] of examples) {
    try {
      const type = typeOf(term);
      console.log(`${name.padEnd(20)} : ${show(type)}  =>  ${showValue(evaluate(term))}`);
    } catch (e) {
      if (!(e instanceof TypeError_)) throw e;
      console.log(`${name.padEnd(20)} ! ${e.name}: ${e.message} (in ${e.term.tag} term)`);
    }
  }
  console.log(show(parseType("({a: Int} -> Bool) -> {f: Int -> Int, g: Bool}")));
  return 0;
}
