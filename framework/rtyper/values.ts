// Low-level values shared by the rtyper's lowering rules and its consumers
// (the llinterp, the backends): the low-level type of a value, the zero of a
// type, and call arguments converted to a callee's parameter types.
import { Constant, Variable, type Value } from "../flow/model.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";
import { fitsInt } from "../frontend/constexpr.ts";
import { optionalArgs } from "../annotator/signatures.ts";
import { Bool, Float, NullPtr, Signed, Str, Void, isPtr, type LLType } from "./lltypes.ts";
import type { LLBuilder, RTyper } from "./rtyper.ts";

/** A result variable of an operation that produces no value (transforms insert such operations). */
export function voidResult(hint = "v"): Variable {
  const v = new Variable(hint);
  v.concretetype = Void;
  return v;
}

/** A constant that parameterizes an operation (a field name, a layout, a count): typed Void. */
export function metaConstant(x: unknown): Constant {
  const c = new Constant(x);
  c.concretetype = Void;
  return c;
}

/** The low-level type of a value (constants carry theirs, or get one from their annotation). */
export function typeOfValue(v: Value): LLType {
  if (v.concretetype) return v.concretetype as LLType;
  if (v instanceof Constant) {
    const x = v.value;
    if (typeof x === "number") return v.annotation === "float" || !fitsInt(x) ? Float : Signed;
    if (typeof x === "boolean") return Bool;
    if (typeof x === "string") return Str;
    if (x === null || x === undefined) return NullPtr;
    return Void;
  }
  return Signed;
}

/** The zero value of a type (an unset cell, a missing argument). */
export function zeroOf(t: LLType): Constant {
  const c = new Constant(isPtr(t) ? null : t.k === "Bool" ? false : 0);
  c.concretetype = t.k === "Void" ? Signed : t;
  if (t.k === "Float" || t.k === "OptFloat") c.annotation = "float";
  return c;
}

/** Call arguments converted to the callee's parameter types (with the passed-mask for optional parameters). */
export function callArgs(ll: LLBuilder, rt: RTyper, fn: FunctionDesc, args: Value[], given?: boolean[]): Value[] {
  const f = rt.llfunction(fn);
  const all = fn.optional ? optionalArgs<Value>(fn, args, given, (j) => zeroOf(f.argTypes[j]), (m) => ll.int(m)) : args;
  return f.argTypes.map((t, i) => (i < all.length ? ll.convert(all[i], t) : zeroOf(t)));
}
