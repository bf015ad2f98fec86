// Building low-level graphs by hand (the dispatch code and the portal's
// calls into the JIT runtime): typed variables and constants, ops, and the
// conversions between a register's type (Signed, a GcRef pointer, Float)
// and the type of the value it holds.
import { Block, Constant, SpaceOperation, Variable, type Value } from "rts/plugin";
import type { LLType } from "../../framework/rtyper/lltypes.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { kindOf, type Kind } from "../../framework/jit/codewriter/jitcode.ts";

export const SIGNED: LLType = { k: "Signed" };
export const FLOAT: LLType = { k: "Float" };
export const VOID: LLType = { k: "Void" };

export function variable(hint: string, t: LLType): Variable {
  const v = new Variable(hint);
  v.concretetype = t;
  return v;
}

export function constant(x: unknown, t: LLType): Constant {
  const c = new Constant(x);
  c.concretetype = t;
  return c;
}

export function meta(x: unknown): Constant {
  return constant(x, VOID);
}

export function typeOf(v: Value): LLType {
  return v.concretetype as LLType;
}

/** Appends `name(args)` to the block; its result has type t. */
export function emit(b: Block, name: string, args: Value[], t: LLType, hint = "v"): Variable {
  const res = variable(hint, t);
  b.operations.push(new SpaceOperation(name, args, res));
  return res;
}

export function call(b: Block, fn: LLFunction, args: Value[], hint = "v"): Variable {
  return emit(b, "direct_call", [meta(fn), ...args], fn.resultType, hint);
}

/** The type registers of a kind hold: Signed, the runtime's GcRef pointer, Float. */
export function registerType(k: Kind, gcref: LLType): LLType {
  return k === "i" ? SIGNED : k === "r" ? gcref : FLOAT;
}

/** A register's value (of registerType) as a value of type t. */
export function fromRegister(b: Block, v: Value, t: LLType): Value {
  const from = typeOf(v);
  if (from.k === t.k && (from.k !== "Inst" || (from as { layout: unknown }).layout === (t as { layout: unknown }).layout)) return v;
  if (t.k === "Bool") return emit(b, "int_is_true", [v], t);
  const k = kindOf(t);
  return emit(b, k === "r" ? "cast_pointer" : "same_as", [v], t);
}

/** A value of its own type as a register's value (of type `reg`). */
export function toRegister(b: Block, v: Value, reg: LLType): Value {
  const from = typeOf(v);
  if (from.k === reg.k && (from.k !== "Inst" || (from as { layout: unknown }).layout === (reg as { layout: unknown }).layout)) return v;
  if (from.k === "Bool") return emit(b, "cast_bool_to_int", [v], reg);
  return emit(b, kindOf(from) === "r" ? "cast_pointer" : "same_as", [v], reg);
}
