// The llgraph backend (RPython's backend/llgraph/runner.py): the CPU
// interface on the llinterp's objects, for running the JIT untranslated.
// An op runs as the llinterp runs it (its template from the OpDescr, the
// operands from the register lists), a residual call runs the callee's
// graph in the llinterp, fields are the llinterp instance's fields.  Bools
// are 0 and 1 in int registers; the llinterp's values are JS booleans.
import { SpaceOperation, Variable, type Constant } from "../../flow/model.ts";
import type { LLInterpreter } from "../../llinterp/llinterp.ts";
import { LLException, LLFatalError, LLInstance } from "../../llinterp/values.ts";
import type { LLType } from "../../rtyper/lltypes.ts";
import { metaConstant } from "../../rtyper/values.ts";
import type { Descr, Kind } from "../codewriter/jitcode.ts";
import { kindOf } from "../codewriter/jitcode.ts";
import { Cpu } from "../runtime/cpu.ts";
import type { GcRef } from "../runtime/jitdata.ts";

type Ref = GcRef | null;

const isBool = (t: LLType): boolean => t.k === "Bool" || t.k === "OptBool";

/** An llinterp value into a register of its kind. */
export function toRegister(v: unknown, t: LLType): unknown {
  return isBool(t) && typeof v === "boolean" ? (v ? 1 : 0) : v;
}

/** A register's value as the llinterp holds a value of type t. */
export function fromRegister(v: unknown, t: LLType): unknown {
  return isBool(t) && typeof v === "number" ? v !== 0 : v;
}

export class LLGraphCpu extends Cpu {
  private exception: Ref = null;
  constructor(
    readonly interp: LLInterpreter,
    readonly descrs: readonly Descr[],
  ) {
    super();
  }

  /** Runs fn, keeping an exception it raises for takeException(). */
  private guarded(fn: () => unknown, t: LLType): unknown {
    try {
      return toRegister(fn(), t);
    } catch (e) {
      if (e instanceof LLException) {
        this.exception = e.value as unknown as Ref;
        return kindOf(t) === "r" ? null : 0;
      }
      throw e;
    }
  }

  stackOverflow(): Ref {
    try {
      this.interp.raiseBuiltin("RangeError", "Maximum call stack size exceeded");
    } catch (e) {
      if (e instanceof LLException) return e.value as unknown as Ref;
      throw e;
    }
  }

  callAddress(d: number): number {
    const descr = this.descrs[d];
    if (descr.kind !== "call") throw new Error(`internal: descr ${d} is not a call`);
    // (the llinterp's code pointers are the functions themselves: its fnaddr)
    return descr.fn as unknown as number;
  }

  takeException(): Ref {
    const e = this.exception;
    this.exception = null;
    return e;
  }

  /** The operands in order from per-kind lists, `kinds` telling where each comes from. */
  private operands(kinds: readonly (Kind | "meta" | "void")[], types: readonly LLType[], template: readonly (Constant | Variable)[] | null, ints: number[], refs: Ref[], floats: number[]): unknown[] {
    const at = { i: 0, r: 0, f: 0 };
    const lists = { i: ints, r: refs, f: floats };
    return kinds.map((k, n) => {
      if (k === "meta") return this.interp.constantValue(template![n] as Constant);
      if (k === "void") return undefined;
      return fromRegister(lists[k][at[k]++], types[n]);
    });
  }

  private op(d: number, ints: number[], refs: Ref[], floats: number[]): unknown {
    const descr = this.descrs[d];
    if (descr.kind !== "op") throw new Error(`internal: descr ${d} is not an op`);
    const a = this.operands(descr.argKinds, descr.argTypes, descr.op.args as (Constant | Variable)[], ints, refs, floats);
    return this.guarded(() => this.interp.evalOperation(descr.op, a), descr.resultType);
  }

  private call(d: number, ints: number[], refs: Ref[], floats: number[]): unknown {
    const descr = this.descrs[d];
    if (descr.kind !== "call") throw new Error(`internal: descr ${d} is not a call`);
    const kinds = descr.argTypes.map((t) => kindOf(t) ?? "void");
    const a = this.operands(kinds, descr.argTypes, null, ints, refs, floats);
    return this.guarded(() => this.interp.call(descr.fn, a), descr.resultType);
  }

  bhOpI(d: number, i: number[], r: Ref[], f: number[]): number {
    return this.op(d, i, r, f) as number;
  }
  bhOpR(d: number, i: number[], r: Ref[], f: number[]): Ref {
    return this.op(d, i, r, f) as Ref;
  }
  bhOpF(d: number, i: number[], r: Ref[], f: number[]): number {
    return this.op(d, i, r, f) as number;
  }
  bhOpV(d: number, i: number[], r: Ref[], f: number[]): void {
    this.op(d, i, r, f);
  }
  bhCallI(d: number, i: number[], r: Ref[], f: number[]): number {
    return this.call(d, i, r, f) as number;
  }
  bhCallR(d: number, i: number[], r: Ref[], f: number[]): Ref {
    return this.call(d, i, r, f) as Ref;
  }
  bhCallF(d: number, i: number[], r: Ref[], f: number[]): number {
    return this.call(d, i, r, f) as number;
  }
  bhCallV(d: number, i: number[], r: Ref[], f: number[]): void {
    this.call(d, i, r, f);
  }

  private field(obj: Ref, d: number): { inst: LLInstance; name: string; type: LLType } {
    const descr = this.descrs[d];
    if (descr.kind !== "field") throw new Error(`internal: descr ${d} is not a field`);
    if (obj === null || obj === undefined) throw new LLFatalError(`null dereference (reading ${descr.layout.cls.name}.${descr.field} in a jitcode)`);
    return { inst: obj as unknown as LLInstance, name: descr.field, type: descr.type };
  }
  bhGetfieldI(obj: Ref, d: number): number {
    const f = this.field(obj, d);
    return toRegister(f.inst.fields[f.name], f.type) as number;
  }
  bhGetfieldR(obj: Ref, d: number): Ref {
    const f = this.field(obj, d);
    return f.inst.fields[f.name] as Ref;
  }
  bhGetfieldF(obj: Ref, d: number): number {
    const f = this.field(obj, d);
    return f.inst.fields[f.name] as number;
  }
  bhSetfieldI(obj: Ref, d: number, v: number): void {
    const f = this.field(obj, d);
    f.inst.fields[f.name] = fromRegister(v, f.type);
  }
  bhSetfieldR(obj: Ref, d: number, v: Ref): void {
    const f = this.field(obj, d);
    f.inst.fields[f.name] = v;
  }
  bhSetfieldF(obj: Ref, d: number, v: number): void {
    const f = this.field(obj, d);
    f.inst.fields[f.name] = v;
  }
  bhNew(d: number): Ref {
    const descr = this.descrs[d];
    if (descr.kind !== "size") throw new Error(`internal: descr ${d} is not a size`);
    const v = new Variable("new");
    v.concretetype = { k: "Inst", layout: descr.layout };
    return this.interp.evalOperation(new SpaceOperation("malloc", [metaConstant(descr.layout)], v), [descr.layout]) as Ref;
  }
  bhFatal(d: number): void {
    const descr = this.descrs[d];
    throw new LLFatalError(descr.kind === "fatal" ? `${descr.message}\n  at ${descr.where}` : "fatal error in a jitcode");
  }
}
