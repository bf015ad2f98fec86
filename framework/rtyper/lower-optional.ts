// Lowering of null and undefined.  Any value may be null or undefined
// (`T | null | undefined`, annotation flags): a primitive is then an
// OptSigned / OptFloat / OptBool holding sentinel values no real value has,
// a pointer is NULL for null and points to the static `rts_undefined`
// object for undefined.  Tests (=== null, === undefined, ??, ?.,
// truthiness), narrowing (x!, TypeScript's control-flow narrowing), string
// conversion and printing know both.
import { Constant, type Value } from "../flow/model.ts";
import { SomeNone, type SomeValue } from "../annotator/model.ts";
import { Bool, Str, isOpt, isPtr, plainOf } from "./lltypes.ts";
import type { LLBuilder } from "./rtyper.ts";
import { callStrings } from "./lower-containers.ts";
import { typeOfValue } from "./values.ts";

type Rule = (ll: LLBuilder, args: Value[], anns: SomeValue[]) => void;

/** "null" or "undefined" for those constants, else null. */
export function nullishConstant(v: Value): "null" | "undefined" | null {
  if (!(v instanceof Constant)) return null;
  return v.value === null ? "null" : v.value === undefined ? "undefined" : null;
}

function strConst(s: string): Constant {
  const c = new Constant(s);
  c.concretetype = Str;
  return c;
}

/** x === null / x === undefined: false where the annotation rules it out. */
function testFor(ll: LLBuilder, which: "null" | "undefined", x: Value, a: SomeValue): Value {
  const possible = which === "null" ? a.nullable : a.undef;
  if (!possible) return ll.bool(false);
  return ll.genop(which === "null" ? "is_null" : "is_undef", [x], Bool);
}

/**
 * `x === y` / `x !== y` where null or undefined is involved: a constant on
 * one side, or values that may be nullish (which JavaScript compares by
 * value: undefined === undefined, null === null, never null === undefined).
 * Returns false when the operands need the ordinary comparison.
 */
export function nullishEquality(ll: LLBuilder, negate: boolean, x: Value, y: Value, a: SomeValue, b: SomeValue): boolean {
  const cx = nullishConstant(x);
  const cy = nullishConstant(y);
  let r: Value;
  if (cx && cy) r = ll.bool(cx === cy);
  else if (cx || cy) r = testFor(ll, (cx ?? cy)!, cx ? y : x, cx ? b : a);
  else if (a.kind !== b.kind && !((a.kind === "int" || a.kind === "float") && (b.kind === "int" || b.kind === "float"))) {
    // values of different kinds are equal only when both are the same nullish value
    if (!(a.maybeNullish && b.maybeNullish)) r = ll.bool(false);
    else r = ll.genop("same_nullish", [x, y], Bool);
  } else return false;
  if (negate) {
    if (r instanceof Constant) ll.result(ll.bool(!r.value));
    else ll.finish("bool_not", [r]);
  } else ll.result(r);
  return true;
}

/** Truthiness of a value that may be nullish (null and undefined are falsy). */
export function optionalTruth(ll: LLBuilder, v: Value, a: SomeValue): boolean {
  if (!a.maybeNullish) return false;
  if (a instanceof SomeNone) ll.result(ll.bool(false));
  else if (a.kind === "str") ll.finish("str_is_true", [v]); // rts_undefined is an empty string: falsy
  else if (isPtr(typeOfValue(v))) ll.finish("ptr_is_true", [v]);
  else ll.finish("opt_is_true", [v]);
  return true;
}

/** String(x) of a value that may be nullish: "null" / "undefined" for those. */
export function optionalToStr(ll: LLBuilder, v: Value, a: SomeValue): Value | null {
  if (!a.maybeNullish) return null;
  if (a instanceof SomeNone && !(a.nullable && a.undef)) return strConst(a.nullable ? "null" : "undefined");
  // (helpers are keyed by low-level type: one copy serves null-only, undefined-only and both)
  return callStrings(ll, "strOfNullish", [a.withFlags(true, true)], [v]);
}

export const OPTIONAL_RULES: Record<string, Rule> = {
  /** x is null or undefined (the frontend's test for `??` and `?.`). */
  nullish: (ll, [x], [a]) => {
    if (!a.maybeNullish) return ll.result(ll.bool(false));
    if (a instanceof SomeNone && !(a.nullable && a.undef)) return ll.result(ll.bool(true));
    ll.finish("is_nullish", [x]);
  },
  /** The value of x, known to be neither null nor undefined (x!, narrowing): checked. */
  nonnull: (ll, [x], [a]) => {
    if (!a.maybeNullish) return ll.result(x);
    const t = typeOfValue(x);
    if (isOpt(t)) return void ll.finish("opt_narrow", [x]);
    if (isPtr(t) && t.k !== "NullPtr") return void ll.finish("check_nonnull", [x]);
    ll.finish("opt_narrow", [x]); // only ever null/undefined: always fails
  },
};

/** The plain type an optional value narrows to. */
export { plainOf };
