// The JIT runtime's view of the codewriter's output (RTS code, translated
// into the binary with the interpreter): the jitcodes and the little it
// needs to know about each descr.  Everything else about a descr (field
// offsets, op templates, function addresses) belongs to the backend, which
// the runtime asks by descr number (cpu.ts).
import type { Box } from "./resoperation.ts";
import type { Cpu } from "./cpu.ts";

/**
 * A GC reference of any type (RPython's GCREF): the JIT holds the
 * interpreter's objects without knowing their classes.  Untranslated, any
 * JavaScript value the llinterp uses for a pointer.
 */
export class GcRef {
  /** Made only as a sample for the annotator (portal.ts): real refs are the program's objects. */
  constructor() {}
}

export class JitCode {
  constructor(
    readonly name: string,
    readonly index: number,
    /** The instructions (framework/jit/insns.ts). */
    readonly code: Int32Array,
    readonly numRegsI: number,
    readonly numRegsR: number,
    readonly numRegsF: number,
    /** Constants follow the registers of their kind. */
    readonly constsI: number[],
    readonly constsR: (GcRef | null)[],
    readonly constsF: number[],
    /** Resume points: at offset n (a live instruction's operand), the count of live int registers, them, the refs, the floats. */
    readonly liveness: Int32Array,
  ) {}
  /**
   * The register files a frame of it starts with (zeros, then the
   * constants), made on first use: a blackhole frame copies the numbers, a
   * metainterp frame the constant boxes (one allocation each, not one per
   * register: the Python portal's frame has hundreds).
   */
  startI: number[] | null = null;
  startR: (GcRef | null)[] | null = null;
  startF: number[] | null = null;
  startBoxesI: Box[] | null = null;
  startBoxesR: Box[] | null = null;
  startBoxesF: Box[] | null = null;
}

/** A register file of one kind as a frame starts it: n registers holding `zero`, then each constant as `of` makes its register. */
export function startRegisters<C, R>(n: number, zero: R, consts: C[], of: (c: C) => R): R[] {
  const regs: R[] = [];
  for (let k = 0; k < n; k++) regs.push(zero);
  for (const c of consts) regs.push(of(c));
  return regs;
}

export const DESCR_FIELD = 0;
export const DESCR_SIZE = 1;
export const DESCR_CALL = 2;
export const DESCR_JITCODE = 3;
export const DESCR_OP = 4;
export const DESCR_SWITCH = 5;
export const DESCR_FATAL = 6;

/** How a field is stored (DescrInfo.storage), for machine code. */
export const STORE_NONE = 0;
export const STORE_I64 = 1;
export const STORE_F64 = 2;
export const STORE_BOOL = 3;
export const STORE_PTR = 4;

/** is_null / is_undef / is_nullish (DescrInfo.optKind): what their operand is — a pointer, or an optional int, bool or float (its undefined and null are sentinels: rts.h). */
export const OPT_PTR = 0;
export const OPT_INT = 1;
export const OPT_BOOL = 2;
export const OPT_FLOAT = 3;

/** What the runtime knows of one descr. */
export class DescrInfo {
  /** A switch's table: value -> code offset. */
  cases: Map<number, number> | null = null;
  /** An inline call's callee. */
  jitcode: JitCode | null = null;
  /** A fatal_unless's message. */
  message = "";
  /** Calls and ops: may raise; may be folded when the arguments are constant. */
  canRaise = false;
  elidable = false;
  /** Calls and ops: the names of the instance fields they may write; null: any (the heap cache forgets those). */
  writtenFields: string[] | null = null;
  /** Calls and ops: the names of the module-level variables they may write; null: any (the heap cache forgets those). */
  writtenGlobals: string[] | null = null;
  /** getglobal / setglobal ops: the variable (a number of its own, its name; -1: another op). */
  globalId = -1;
  globalName = "";
  /** Calls and ops: may write list items (the metainterp's heap cache forgets them). */
  writesLists = false;
  /** Calls and ops: the names of the instance fields they may read (null: any), and whether they may read list items (the optimizer does delayed writes of those first). */
  readFields: string[] | null = null;
  readsLists = false;
  /** Calls and ops: may write anything at all (fields, lists, typed arrays, maps, globals). */
  writesHeap = true;
  /** Calls and ops: may read anything mutable at all (an elidable op that reads nothing is computed once per trace: the metainterp's pure ops). */
  readsHeap = true;
  /** list_getitem / list_setitem: a list_len descr of the same list type (-1: none). */
  lenDescr = -1;
  /** list_new / list_new_filled: a list_setitem descr of the same list type (-1: none; the optimizer keeps such lists virtual). */
  setDescr = -1;
  /** list_new: a list_new_filled descr of the same list type (-1: none; a virtual list whose length changed is made by it). */
  filledDescr = -1;
  /** Calls and ops: may raise, stop the program, or write anything: kept when its result is not used. */
  sideEffects = true;
  /** Fields: the field's name. */
  fieldName = "";
  /** Fields: constant once seen (readonly, or rts/jit immutableFields); immutableItems: so are the items of the array in it. */
  immutable = false;
  immutableItems = false;
  /** Fields: quasi-immutable (immutableFields "name?"): the descr of its watcher field (an int: 0, or a QuasiImmutWatchers number); -1: not. */
  quasiWatcher = -1;
  /** Calls and ops: may write a quasi-immutable field (invalidating traces): the next folded read needs a guard_not_invalidated. */
  canInvalidate = false;
  /** Fields: rts/jit virtualizable — the field (vable), or the items of the array it holds (vableItems: that array is no other list), live in trace values. */
  vable = false;
  vableItems = false;
  /** Ops: a read of an array's item or length (folded when the array's items are known not to change). */
  readsItems = false;
  /** Ops: the length of a typed array (fixed when it is made: folded on a constant array). */
  fixedLength = false;
  /** Ops: the op's name, and for an op on a typed array its element type (u8, i32, f64): what machine-code backends compile inline. */
  opName = "";
  elem = "";
  /** Calls and ops: may run the collector (machine code keeps its GC references where the collector sees them). */
  canCollect = false;
  /** Fields: the byte offset in the object and how it is stored (STORE_*); sizes: the object's size in bytes; calls: the result's storage; list item ops: the item's; opt_narrow: its result's. */
  offset = 0;
  storage = 0;
  /** Fields: zeroed memory is the field's value 0 (an int, a float's +0.0, false, null) — not an optional number's, whose null is another word. */
  zeroIsZero = false;
  /** is_null / is_undef / is_nullish: their operand's kind (OPT_*). */
  optKind = 0;
  /** Ops: machine code may call the op through the runtime's jitOpWord* (its address: jitCallAddress). */
  wordOp = false;
  /** wordOp ops: which jitOpWord* runs it — 0 I, 1 R, 2 F, 3 V (its result's kind). */
  wordKind = 0;
  /** wordOp ops: the case number of the op in its jitOpWord* (what machine code passes for it: runtime-data.ts wordIndexes). */
  wordIndex = 0;
  /** Calls: each parameter's kind (KIND_I/R/F of resoperation.ts), or null when machine code cannot make the call itself. */
  callArgs: number[] | null = null;
  /** Calls: the driver whose portal function it calls, or -1 (with constant greens a traced call becomes a call_assembler). */
  portal = -1;
  /** Sizes, and instanceof / checked_cast ops: the class's type id and the last of its subclasses' (a range check). */
  tid = 0;
  tidMax = 0;
  /** method_call ops: per class subtree the trace may inline the call for, its instanceof descr and the implementation's jitcode. */
  methodTests: number[] | null = null;
  methodJitcodes: JitCode[] | null = null;
  /** indirect_call ops: the callee may be inlined (the metainterp looks its address up: JitData.jitcodeAt). */
  indirect = false;
  /** Calls: the jitcode of the function, when an indirect_call of its address is inlined. */
  indirectJitcode: JitCode | null = null;
  constructor(
    readonly kind: number,
    /** What it is, for logs: `field Cls.x`, `op list_len`, `call f`. */
    readonly name: string,
  ) {}
}

/** The live registers of each kind at a point of a jitcode (ResumeFrame's regsI, regsR, regsF; shared: never written after). */
export class LiveRegs {
  readonly i: number[] = [];
  readonly r: number[] = [];
  readonly f: number[] = [];
}

/** Everything the codewriter made for one program. */
export class JitData {
  /** The tracer's LiveRegs by point (metainterp.ts liveRegsAt). */
  readonly liveRegs = new Map<number, LiveRegs>();
  constructor(
    readonly jitcodes: JitCode[],
    readonly descrs: DescrInfo[],
    /** Per driver: its portal's jitcode. */
    readonly portals: JitCode[],
    /** Per driver: the code offset of the jit_merge_point in its portal's jitcode. */
    readonly mergePoints: number[],
  ) {
    for (const d of descrs) if (d.vableItems && this.vableArrayFields.indexOf(d.fieldName) < 0) this.vableArrayFields.push(d.fieldName);
    for (let n = 0; n < descrs.length; n++) if (descrs[n].indirectJitcode !== null) this.indirectTargets.push(n);
  }
  /** The call descrs whose function an indirect_call may inline (DescrInfo.indirectJitcode). */
  readonly indirectTargets: number[] = [];
  /** Code address -> the jitcode to inline for an indirect call of it (filled from indirectTargets on the first look-up). */
  private jitcodeByAddress: Map<number, JitCode> | null = null;
  /** The jitcode an indirect call of code address `address` inlines, or null (cpu: the backend, which knows the addresses). */
  jitcodeAt(address: number, cpu: Cpu): JitCode | null {
    let m = this.jitcodeByAddress;
    if (m === null) {
      m = new Map();
      for (const n of this.indirectTargets) m.set(cpu.callAddress(n), this.descrs[n].indirectJitcode!);
      this.jitcodeByAddress = m;
    }
    return m.get(address) ?? null;
  }
  /** The names of the fields holding a virtualizable's array (code that reads none of them cannot reach such an array). */
  readonly vableArrayFields: string[] = [];
}
