// Conversions the lowering rules share (lower.ts, lower-containers.ts):
// JavaScript's number conversions as low-level operations, and constants.
import { Constant, type Value } from "../flow/model.ts";
import type { SomeValue } from "../annotator/model.ts";
import { Float, OptFloat, Signed, Str, type LLType } from "./lltypes.ts";
import type { LLBuilder } from "./rtyper.ts";

export const BIG = Number.MAX_SAFE_INTEGER; // "no argument" for slice ends and the like

export const isInt = (a: SomeValue): boolean => a.kind === "int";

export function toFloat(ll: LLBuilder, v: Value): Value {
  return ll.convert(v, Float);
}

/**
 * Operand of a JS bitwise operator (or another ToInt32 argument): ints are
 * used as they are, floats go through ToInt32, and so does an int that may
 * be null or undefined (ToInt32 of either is 0; their sentinels are NaNs as floats).
 */
export function toInt32(ll: LLBuilder, v: Value, a: SomeValue): Value {
  if (a.kind === "int" && a.maybeNullish) return ll.genop("float_to_int32", [ll.genop("optint_to_optfloat", [v], OptFloat)], Signed);
  return a.kind === "float" ? ll.genop("float_to_int32", [v], Signed) : v;
}

/** A Map or Set key given as a float: the int it equals (-0 is 0; a fraction or NaN stops the program). */
export function toKey(ll: LLBuilder, v: Value): Value {
  return checkedInt(ll, v, "float_to_key");
}

/** A float that must be an integer: a constant folded, else the checking op. */
function checkedInt(ll: LLBuilder, v: Value, op: "float_to_key" | "float_to_index"): Value {
  if (v instanceof Constant && typeof v.value === "number" && Number.isInteger(v.value)) return ll.int(v.value === 0 ? 0 : v.value);
  return ll.genop(op, [v], Signed);
}

/** An array or string index: ints as they are, integral floats checked (NaN, fractions and huge values stop the program). */
export function toIndex(ll: LLBuilder, v: Value, a: SomeValue): Value {
  // an int that may be undefined is checked to be there (a fatal error when it is not), as arithmetic checks it
  if (isInt(a)) return a.nullable || a.undef ? ll.convert(v, Signed) : v;
  return checkedInt(ll, v, "float_to_index");
}

export function strConst(s: string): Constant {
  const c = new Constant(s);
  c.concretetype = Str;
  return c;
}

export function itemOf(t: LLType): LLType {
  return t.k === "List" ? t.item : Signed;
}
