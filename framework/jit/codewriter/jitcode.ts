// What the codewriter produces (RPython's JitCode and descrs): one JitCode
// per graph the JIT looks inside, and one table of descrs shared by all —
// the static facts an instruction needs besides its registers: which field,
// which op with which meta operands, which function and with what effects.
import type { SpaceOperation } from "../../flow/model.ts";
import type { LLType, ClassLayout } from "../../rtyper/lltypes.ts";
import type { LLFunction } from "../../rtyper/rtyper.ts";

/** A register kind: int (Signed, Bool, optional ints and bools), GC ref, float. */
export type Kind = "i" | "r" | "f";
export const KINDS: readonly Kind[] = ["i", "r", "f"];

/** The kind of a value of this low-level type; null for Void (no register). */
export function kindOf(t: LLType): Kind | null {
  switch (t.k) {
    case "Void":
      return null;
    case "Float":
    case "OptFloat":
      return "f";
    case "Signed":
    case "Bool":
    case "OptSigned":
    case "OptBool":
      return "i";
  }
  return "r";
}

/** The registers live at one resume point, per kind. */
export interface Liveness {
  i: number[];
  r: number[];
  f: number[];
}

export class JitCode {
  /** The instructions (insns.ts); set by the assembler. */
  code: Int32Array = new Int32Array(0);
  /** Registers per kind; a kind's constants follow its registers. */
  readonly numRegs = { i: 0, r: 0, f: 0 };
  readonly consts: { i: unknown[]; r: unknown[]; f: unknown[] } = { i: [], r: [], f: [] };
  /** `live/n` points at entry n. */
  readonly liveness: Liveness[] = [];
  /** For each instruction's code offset: the source location of the op it came from (getPrintableLocation falls back to it). */
  readonly positions = new Map<number, string>();
  constructor(
    public readonly name: string,
    public readonly fn: LLFunction,
    /** Its index in the program's jitcode list (inline_call's descr names it). */
    public readonly index: number,
  ) {}
}

/** A field of a class instance. */
export interface FieldDescr {
  kind: "field";
  layout: ClassLayout;
  field: string;
  type: LLType;
  /** Does not change once the JIT sees it: declared readonly, or named by rts/jit immutableFields. */
  immutable: boolean;
  /** immutableFields "name[*]": neither do the items of the array it holds. */
  immutableItems: boolean;
  /** immutableFields "name?": quasi-immutable — folded on a constant object, the trace invalidated when it changes; its watcher field's descr. */
  quasiWatcher?: FieldDescr;
  /** rts/jit virtualizable: the field, or ("name[*]") the items of the array it holds, live in trace values while jitted. */
  vable: boolean;
  vableItems: boolean;
}

/** The allocation of a class instance (`new`). */
export interface SizeDescr {
  kind: "size";
  layout: ClassLayout;
}

/** What a call may do to the heap (RPython's EffectInfo). */
export interface EffectInfo {
  canRaise: boolean;
  canCollect: boolean;
  /** No side effects and a result that depends only on the arguments: folds when they are constant. */
  elidable: boolean;
  /** Heap locations (ops/signatures.ts location names), or any. */
  reads: string[] | "any";
  writes: string[] | "any";
}

/** A function called, not looked into (residual): its signature and effects. */
export interface CallDescr {
  kind: "call";
  fn: LLFunction;
  argTypes: LLType[];
  resultType: LLType;
  effects: EffectInfo;
  /** A function whose address the program takes (a closure's code) and whose jitcode the JIT looks inside: an indirect_call of that address is inlined. */
  indirectJitcode?: JitCode;
}

/** An inline call's callee. */
export interface JitCodeDescr {
  kind: "jitcode";
  jitcode: JitCode;
}

/**
 * An op of the op table run as it is (`op_<k>`): the original operation as a
 * template — its meta operands (field names, layouts, functions) stay
 * constants, its other operands are the instruction's register lists in
 * order (ints, refs and floats interleaved back by `argKinds`).
 */
export interface OpDescr {
  kind: "op";
  op: SpaceOperation;
  /** For each operand: "meta" (a constant kept in the template) or the register kind it comes from. */
  argKinds: (Kind | "meta" | "void")[];
  argTypes: LLType[];
  resultType: LLType;
  effects: EffectInfo;
  canFail: boolean;
  /** list_getitem / list_setitem: the number of a list_len descr of the same list type (the optimizer's hoisted bounds checks). */
  lenDescr?: number;
  /** list_new / list_new_filled: the number of a list_setitem descr of the list's type (the optimizer's virtual lists). */
  setDescr?: number;
  /** list_new: the number of a list_new_filled descr of the list's type (a virtual list whose length changed is made by it). */
  filledDescr?: number;
  /**
   * method_call: the receiver's classes whose implementation the JIT looks
   * inside, as subtrees that all run one implementation (the metainterp
   * tests the receiver, guards, and inlines that jitcode); methodTests: the
   * numbers of their instanceof descrs (codewriter.ts adds them).
   */
  methodTargets?: { layout: ClassLayout; jitcode: JitCode }[];
  methodTests?: number[];
  /** indirect_call: the metainterp inlines the callee when its address is that of a call descr with an indirectJitcode (guarding the address). */
  indirect?: boolean;
}

/** A switch's table: value -> code offset (labels resolved by the assembler). */
export interface SwitchDescr {
  kind: "switch";
  cases: Map<number, number>;
  /** Label names until assembly. */
  labels: Map<number, string>;
}

/** The message of a fatal_unless (and where it comes from). */
export interface FatalDescr {
  kind: "fatal";
  message: string;
  where: string;
}

export type Descr = FieldDescr | SizeDescr | CallDescr | JitCodeDescr | OpDescr | SwitchDescr | FatalDescr;
