// What a branch proves about a value (RPython's knowntypedata): on the link
// taken when `x === undefined` is false, x is not undefined; after
// `x !== null`, `x ?? ...`'s test or a truthy `if (x)`, neither null nor
// undefined.  The annotator gives the link's copy of x the narrower
// annotation, so the code there uses a plain int, float or bool (the rtyper
// converts with a check that cannot fail), and a branch that only a value
// that is never there could take is dead code.
import { Constant, Variable, type Block, type Link, type Value } from "../flow/model.ts";
import { s_impossible, type SomeValue } from "./model.ts";

/** A value the link's branch proves to be neither null (if `notNull`) nor undefined (if `notUndef`). */
export interface Narrowing {
  x: Variable;
  notNull: boolean;
  notUndef: boolean;
}

/** The narrowing the exit `link` of `b` implies, if its switch is a null/undefined test of a variable. */
export function narrowingOnLink(b: Block, link: Link): Narrowing | null {
  const sw = b.exitswitch;
  if (!(sw instanceof Variable) || typeof link.exitcase !== "boolean") return null;
  return narrowingOf(b, sw, link.exitcase, 0);
}

function narrowingOf(b: Block, v: Variable, truth: boolean, depth: number): Narrowing | null {
  const test = b.operations.find((op) => op.result === v);
  if (!test || depth > 4) return null;
  const [p, q] = test.args;
  switch (test.opname) {
    case "not":
      return p instanceof Variable ? narrowingOf(b, p, !truth, depth + 1) : null;
    case "bool":
      // a truthy value is neither null nor undefined
      return truth && p instanceof Variable ? { x: p, notNull: true, notUndef: true } : null;
    case "nullish":
      return !truth && p instanceof Variable ? { x: p, notNull: true, notUndef: true } : null;
    case "eq":
    case "ne": {
      // `x === undefined` false / `x !== undefined` true: x is not undefined (likewise null)
      const different = test.opname === "eq" ? !truth : truth;
      if (!different) return null;
      const [x, k] = p instanceof Variable ? [p, q] : [q, p];
      if (!(x instanceof Variable) || !isNullishConstant(k)) return null;
      return { x, notNull: k.value === null, notUndef: k.value === undefined };
    }
  }
  return null;
}

function isNullishConstant(v: Value | undefined): v is Constant {
  return v instanceof Constant && (v.value === null || v.value === undefined);
}

/** `a` narrowed as `n` says (impossible: only null/undefined reach a branch that excludes them). */
export function narrowed(a: SomeValue, n: Narrowing): SomeValue {
  if (!a.maybeNullish) return a;
  const nullable = a.nullable && !n.notNull;
  const undef = a.undef && !n.notUndef;
  if (a.kind === "none" && !nullable && !undef) return s_impossible;
  return a.withFlags(nullable, undef);
}
