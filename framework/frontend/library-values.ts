// Library functions used as values: `xs.map(Number)`, `.filter(Boolean)`,
// `{ apply: Math.max }`.  Each is a closure whose graph calls the library
// function with its parameters (the same lowering as a direct call), one per
// function and calling convention: plain parameters, or — where the
// function type it is used as has a rest parameter (`(...args: number[]) =>
// number`) — one array whose items are the arguments.
import { ts } from "ts-morph";
import { BuiltinDesc, ENV, FunctionDesc, REST } from "../flow/descriptors.ts";
import { Constant, type FunctionGraph, type Value } from "../flow/model.ts";
import { GraphBuilder } from "./builder.ts";

/** The library functions that can be values, with their parameter count (-1: any number, rest convention only). */
const LIBRARY_VALUES: Record<string, number> = {
  Number: 1, String: 1, Boolean: 1, parseFloat: 1, isNaN: 1, isFinite: 1,
  "Number.isInteger": 1, "Number.isFinite": 1, "Number.isNaN": 1, "Number.parseFloat": 1,
  "Math.pow": 2, "Math.atan2": 2, "Math.imul": 2, "Math.max": -1, "Math.min": -1,
  ...Object.fromEntries(
    ["abs", "sqrt", "cbrt", "floor", "ceil", "round", "trunc", "sign", "log", "log2", "log10", "log1p", "exp", "expm1",
      "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fround", "clz32"].map((f) => [`Math.${f}`, 1]),
  ),
};

/** The library function objects of Node that can be values, by name (for values built at init time). */
const RUNTIME_NAMES = new Map<unknown, string>(
  Object.keys(LIBRARY_VALUES).map((name) => {
    const [a, b] = name.split(".");
    const g = globalThis as unknown as Record<string, Record<string, unknown>>;
    return [b ? g[a][b] : g[a], name];
  }),
);

/** The name of a library function that can be a value (`Math.abs`), or null. */
export function libraryValueName(x: unknown): string | null {
  return RUNTIME_NAMES.get(x) ?? null;
}

/** Whether `name` (`Number`, `Math.abs`) can be a value. */
export function isLibraryValue(name: string): boolean {
  return name in LIBRARY_VALUES;
}

/**
 * The index of the rest parameter of `t`, a function type of the program's
 * own (callers pass one array from there), or -1 (none; or a library type,
 * whose callbacks the library calls with plain arguments).
 */
export function restParameterIndex(checker: ts.TypeChecker, t: ts.Type | undefined): number {
  // (in a value union, `number | Method | Obj`: its one function type)
  const callable = t ? (t.isUnion() ? t.types : [checker.getNonNullableType(t)]).filter((m) => m.getCallSignatures().length > 0) : [];
  const sigs = callable.length === 1 ? callable[0].getCallSignatures() : [];
  if (sigs.length !== 1) return -1;
  const decl = sigs[0].getDeclaration();
  const ps = decl && !ts.isJSDocSignature(decl) && !decl.getSourceFile().isDeclarationFile ? decl.parameters : [];
  const k = ps.length - 1;
  return k >= 0 && ps[k].dotDotDotToken ? k : -1;
}

/** The function type `t` takes all its arguments as one rest array (`(...args: number[]) => number`). */
export function takesRestArray(checker: ts.TypeChecker, t: ts.Type | undefined): boolean {
  return restParameterIndex(checker, t) === 0;
}

export class LibraryValues {
  private readonly descs = new Map<unknown, Map<string, FunctionDesc>>();

  constructor(private readonly closureClass: (d: FunctionDesc) => void) {}

  /**
   * The closure of library function `name` at `site` (the expression, or the
   * init-time function object); `rest`: called with one array of the
   * arguments.  One per site, so that `["a"].filter(Boolean)` and
   * `[0].filter(Boolean)` are annotated apart.  Null when it cannot be one here.
   */
  value(name: string, rest: boolean, site: unknown): FunctionDesc | null {
    const arity = LIBRARY_VALUES[name];
    if (arity === undefined || (arity < 0 && !rest)) return null;
    let perSite = this.descs.get(site);
    if (!perSite) this.descs.set(site, (perSite = new Map()));
    const key = `${name}|${rest}`;
    let d = perSite.get(key);
    if (!d) {
      const params = rest ? [REST] : Array.from({ length: arity }, (_, i) => `x${i}`);
      d = new FunctionDesc(name, "closure", null, null, params, null);
      d.wrapsLibrary = name;
      if (rest) d.restFrom = 0;
      this.closureClass(d);
      perSite.set(key, d);
    }
    return d;
  }
}

/** The graph of a library function's closure: the call, as a direct call is lowered. */
export function libraryValueGraph(fn: FunctionDesc, fe: { arrayHelper(name: string, module?: string): FunctionDesc }): FunctionGraph {
  const name = fn.wrapsLibrary!;
  const b = new GraphBuilder(`${name}$value`, [ENV, ...fn.params], fn.loc);
  let args: Value[];
  if (fn.restFrom === 0) {
    const rest = b.read(REST);
    if (name === "Math.max" || name === "Math.min") {
      b.ret(b.emit("simple_call", [new Constant(fe.arrayHelper(name === "Math.max" ? "maxOfList" : "minOfList", "rts/rlib/iteration")), rest], null, "r"));
      const g = b.finish();
      g.func = fn;
      return g;
    }
    args = Array.from({ length: LIBRARY_VALUES[name] }, (_, i) => b.emit("getitem", [rest, new Constant(i)], null, "arg"));
  } else args = fn.params.map((p) => b.read(p));
  const r = name === "Boolean" ? b.emit("bool", args, null, "r") : name === "String" ? b.emit("str", args, null, "r") : b.emit("builtin_call", [new Constant(new BuiltinDesc(name)), ...args], null, "r");
  b.ret(r);
  const g = b.finish();
  g.func = fn;
  return g;
}
