// The operations of a trace (RPython's resoperation.py) and the values they
// name.  A trace is a list of ResOps over Boxes: an input argument, a
// constant, or the result of an op.  While tracing, every box also holds
// the concrete value it had (the metainterp runs the interpreter for real
// as it records).  RTS code.
import type { GcRef } from "./jitdata.ts";
import type { NativeTrace } from "./native.ts";
import type { JitCell } from "./warmstate.ts";
import { reserve } from "rts/lltype";

export const KIND_I = 0;
export const KIND_R = 1;
export const KIND_F = 2;
/** No value (an op with no result). */
export const KIND_V = 3;

export class Box {
  intValue = 0;
  refValue: GcRef | null = null;
  floatValue = 0.0;
  /** Set for constants: the trace may use the value as it is. */
  isConst = false;
  /** The op that produced it (null: an input or a constant). */
  op: ResOp | null = null;
  /** Its number in printed traces and the backend's slot for it. */
  index = -1;
  /** The optimizer replaced it by this box (optimizer.ts resolve). */
  forwarded: Box | null = null;
  /** An identity number for the optimizer's tables (0: none yet). */
  id = 0;
  /** A constant array read from an immutableFields "name[*]" field: its items do not change either. */
  immutableItems = false;
  /** A virtualizable's array (rts/jit virtualizable "name[*]"): the descr of the field it was read from, else -1. */
  vableItems = -1;
  constructor(readonly kind: number) {}
}

export function constInt(v: number): Box {
  const b = new Box(KIND_I);
  b.intValue = v;
  b.isConst = true;
  return b;
}

export function constRef(v: GcRef | null): Box {
  const b = new Box(KIND_R);
  b.refValue = v;
  b.isConst = true;
  return b;
}

export function constFloat(v: number): Box {
  const b = new Box(KIND_F);
  b.floatValue = v;
  b.isConst = true;
  return b;
}

/** Whether two ref boxes are the same object to the trace: one box, or constants of one object (each read of a constant field makes a new box). */
export function sameRef(a: Box, b: Box): boolean {
  return a === b || (a.isConst && b.isConst && a.refValue === b.refValue);
}

/** Whether two boxes hold the same value (constants compare by value). */
export function isNegativeZero(x: number): boolean {
  return x === 0 && 1 / x < 0;
}

export function sameValue(a: Box, b: Box): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === KIND_I) return a.intValue === b.intValue;
  if (a.kind === KIND_R) return a.refValue === b.refValue;
  // (the same float: -0.0 is not 0.0, NaN is NaN)
  if (a.floatValue === 0 && b.floatValue === 0) return isNegativeZero(a.floatValue) === isNegativeZero(b.floatValue);
  return a.floatValue === b.floatValue || (a.floatValue !== a.floatValue && b.floatValue !== b.floatValue);
}

// ---- opnums ----------------------------------------------------------------------------
// the arithmetic ops share the jitcode instructions' semantics (executor.ts)
export const INT_ADD = 1;
export const INT_SUB = 2;
export const INT_MUL = 3;
export const INT_NEG = 4;
export const INT_LT = 5;
export const INT_LE = 6;
export const INT_GT = 7;
export const INT_GE = 8;
export const INT_EQ = 9;
export const INT_NE = 10;
export const INT_IS_TRUE = 11;
export const BOOL_NOT = 12;
export const UINT_LT = 13;
export const FLOAT_ADD = 14;
export const FLOAT_SUB = 15;
export const FLOAT_MUL = 16;
export const FLOAT_DIV = 17;
export const FLOAT_NEG = 18;
export const FLOAT_LT = 19;
export const FLOAT_LE = 20;
export const FLOAT_GT = 21;
export const FLOAT_GE = 22;
export const FLOAT_EQ = 23;
export const FLOAT_NE = 24;
export const CAST_INT_TO_FLOAT = 25;
export const PTR_EQ = 26;
export const PTR_NE = 27;
export const PTR_ISZERO = 28;
export const PTR_NONZERO = 29;
// heap
export const GETFIELD = 30;
export const SETFIELD = 31;
export const NEW = 32;
// any op of the op table (descr: an OpDescr), a residual call (descr: a CallDescr)
export const OP = 33;
export const CALL = 34;
// guards: leave the trace when they do not hold
export const GUARD_TRUE = 35;
export const GUARD_FALSE = 36;
export const GUARD_VALUE = 37;
export const GUARD_NO_EXCEPTION = 38;
/** An exception is pending: its value is the op's result. */
export const GUARD_EXCEPTION = 39;
// control
export const LABEL = 40;
/** To its own loop's last label (descr -1), the start of compiled loop k (descr k), or loop k's body label (descr -2 - k: jumpIntoBody). */
export const JUMP = 41;
/**
 * Leaves compiled code to the interpreter (resume data: the portal at its
 * merge point), or, without resume data, returns from the portal: an entry
 * trace's end (its args: the portal's result, if it has one).
 */
export const FINISH = 42;

/** A FINISH without resume data: compiled code returns from the portal here (its args: the result, if any). */
export function returnsFromPortal(op: ResOp): boolean {
  return op.opnum === FINISH && op.resume === null;
}
/** No code: where the interpreter was (descr: the portal jitcode's position), for logs. */
export const DEBUG_MERGE_POINT = 43;
/**
 * Fails once the trace is invalidated: a quasi-immutable field it folded
 * changed (RPython's guard_not_invalidated; machine code tests the trace's
 * flag word).  Its key traces a new loop; other traces that jump into the
 * invalidated one get there, and a bridge from the guard goes on from it.
 */
export const GUARD_NOT_INVALIDATED = 44;

export const OPNAMES: string[] = [
  "?",
  "int_add",
  "int_sub",
  "int_mul",
  "int_neg",
  "int_lt",
  "int_le",
  "int_gt",
  "int_ge",
  "int_eq",
  "int_ne",
  "int_is_true",
  "bool_not",
  "uint_lt",
  "float_add",
  "float_sub",
  "float_mul",
  "float_div",
  "float_neg",
  "float_lt",
  "float_le",
  "float_gt",
  "float_ge",
  "float_eq",
  "float_ne",
  "cast_int_to_float",
  "ptr_eq",
  "ptr_ne",
  "ptr_iszero",
  "ptr_nonzero",
  "getfield",
  "setfield",
  "new",
  "op",
  "call",
  "guard_true",
  "guard_false",
  "guard_value",
  "guard_no_exception",
  "guard_exception",
  "label",
  "jump",
  "finish",
  "debug_merge_point",
  "guard_not_invalidated",
];

export function isGuard(opnum: number): boolean {
  return (opnum >= GUARD_TRUE && opnum <= GUARD_EXCEPTION) || opnum === GUARD_NOT_INVALIDATED;
}

/** Arithmetic with no side effects: folds when its arguments are constant, can be shared. */
export function isPureArith(opnum: number): boolean {
  return opnum >= INT_ADD && opnum <= PTR_NONZERO;
}

/** One frame of the interpreter at a guard: where to resume and which registers hold what. */
export class ResumeFrame {
  /** A caller: the register its pending inline call returns into (kind KIND_V: none). */
  waitKind = KIND_V;
  /** The portal at its merge point, to go past it once (a loop's start: a check hoisted there failed). */
  passMergePoint = false;
  waitReg = -1;
  /** OpResolver's memo: the pass that last resolved this frame, and what it made of it (this frame when nothing changed). */
  resolvedIn = 0;
  resolvedAs: ResumeFrame | null = null;
  /** ResumeWalk's memo: the walk that last gave this frame's boxes, and the virtuals of the guard it gave them for. */
  walkedIn = 0;
  walkedWith: ResumeVirtual[] | null = null;
  constructor(
    /** The jitcode's index. */
    readonly jitcode: number,
    /** Where the blackhole resumes. */
    readonly pc: number,
    /** Per live register: its register number (kind by list) and the box it held. */
    readonly regsI: number[],
    readonly boxesI: Box[],
    readonly regsR: number[],
    readonly boxesR: Box[],
    readonly regsF: number[],
    readonly boxesF: Box[],
  ) {}
}

/**
 * An object the optimizer removed (a virtual) that a guard's resume data
 * mentions: made again, with these fields, when the guard fails (RPython's
 * resume.py VirtualInfo).  A value may be another virtual's box.
 */
export class ResumeVirtual {
  constructor(
    /** The box standing for it in the resume data. */
    readonly box: Box,
    /** Its size descr (what `new` makes). */
    readonly sizeDescr: number,
    readonly fieldDescrs: number[],
    readonly values: Box[],
    /** A list (sizeDescr: the op that made it, list_new or list_new_filled): its length, its items being values and fieldDescrs their indexes; -1: an object. */
    readonly length: number,
    /** A list's: its items' kind. */
    readonly itemKind: number,
  ) {}
}

/**
 * The operands that make a virtual list again as the op that made it did
 * (list_new: one per item; list_new_filled: the length and a fill), with
 * placeholder items: its items are written after (they may be virtuals
 * that point back at it).
 */
/** The values of boxes, one list per kind: the argument lists of the Cpu's bh* operations. */
export class KindValues {
  readonly ints: number[] = [];
  readonly refs: (GcRef | null)[] = [];
  readonly floats: number[] = [];
  constructor(boxes: Box[]) {
    for (const b of boxes) {
      if (b.kind === KIND_I) this.ints.push(b.intValue);
      else if (b.kind === KIND_R) this.refs.push(b.refValue);
      else this.floats.push(b.floatValue);
    }
  }
}

export function remakeListArgs(v: ResumeVirtual, opName: string): Box[] {
  const args: Box[] = opName === "list_new" ? [] : [constInt(v.length)];
  const placeholders = opName === "list_new" ? v.length : 1;
  for (let k = 0; k < placeholders; k++) args.push(zeroOf(v.itemKind));
  return args;
}

/**
 * A heap write the optimizer delayed past a guard (RPython's pending
 * setfields): done when the guard fails, before the interpreter goes on.
 * A field (descr: the field's) or a list item (descr: the list_setitem op's).
 */
export class PendingWrite {
  constructor(
    readonly descr: number,
    readonly target: Box,
    /** A list item's index (null: a field). */
    readonly index: Box | null,
    readonly value: Box,
  ) {}
}

/**
 * What a call_assembler calls (RPython's procedure token): a green key of
 * a portal whose entry trace, once compiled, a traced call of the portal
 * function with those greens runs straight from its reds — and until
 * then, or when its code cannot, the call is the portal function's.  The
 * call's args are the portal function's parameters (by kind, in order);
 * the portal's jitcode holds parameter k of a kind in register k, which
 * is how the merge point's reds are found among them.
 */
export class AssemblerToken {
  /** The key's entry trace (null: none yet; the warm state sets it when one is compiled). */
  entry: CompiledTrace | null = null;
  /** Machine code: the address of the token's raw cell (word 0 the entry's code address, 0: none; words 1 and 2 the slots and root slots its frame needs; word 3 the calls its code made). */
  cell = 0;
  /** A trace that inlined a call of this key grew too long (the biggest inlined call): calls of it stay calls (RPython's JC_DONT_TRACE_HERE). */
  dontInline = false;
  /** Its green key's cell (the warm state's; the log names the key). */
  key: JitCell | null = null;
  constructor(
    /** Its number with the warm state (machine code's slow path passes it). */
    readonly number: number,
    readonly driver: number,
    /** A call descr of the portal function (the slow path's call of it), and its result's kind (KIND_V: none). */
    readonly descr: number,
    readonly resultKind: number,
    /** Per red of the merge point (the entry trace's inputs, in order): the call's arg it is. */
    readonly reds: number[],
    /** The portal function's parameters of each kind. */
    readonly numI: number,
    readonly numR: number,
    readonly numF: number,
  ) {}
}

export class ResOp {
  /** A call of a portal function with constant greens (a call_assembler): the green key's token; null: none. */
  assembler: AssemblerToken | null = null;
  /** Guards: the frames to rebuild when it fails, innermost last. */
  resume: ResumeFrame[] | null = null;
  /** Guards: the virtuals the resume data (and its pending writes) mention, and the writes to do (optimizer). */
  virtuals: ResumeVirtual[] | null = null;
  pending: PendingWrite[] | null = null;
  /** Guards: the boxes the backend must save (what resume reads): every non-constant box of the resume data, once. */
  failArgs: Box[] | null = null;
  /** Guards: failures counted (bridges are made for the hot ones); from NO_BRIDGE up: a guard that gets none. */
  failures = 0;
  /** Guards: the bridge attached to it, if any. */
  bridge: CompiledTrace | null = null;
  constructor(
    readonly opnum: number,
    readonly args: Box[],
    /** A descr number (framework/jit/codewriter), or -1. */
    readonly descr: number,
    /** The op's value (null: none). */
    readonly result: Box | null,
  ) {}
}

/** A guard's failure count that never reaches the trace eagerness: it gets no bridge (its failures still count up from here). */
export const NO_BRIDGE = -1000000000;

/** A trace after optimization, ready for (or compiled by) a backend. */
export class CompiledTrace {
  /** An entry trace: the call_assembler token of its key (null: none yet); a bridge: the loop or entry trace it grew from. */
  assembler: AssemblerToken | null = null;
  root: CompiledTrace | null = null;
  /** The most slots the code of its bridges (grown from it, transitively) needs: a call_assembler's frame for an entry trace has room for them. */
  grownSlots = 0;
  grownRoots = 0;
  /**
   * A loop traced from a function's entry that is its key's entry too (a
   * call_assembler runs it): it jumps into compiled loops, whose bridges
   * grow after it, so a call_assembler's frame for it has room for every
   * trace's code.
   */
  entersLoops = false;
  /** How many boxes the trace numbers (inputs and results): the trace runner's value slots. */
  slots = 0;
  /** The root slots its refs need (numberBoxes numbers them first). */
  refSlots = 0;
  /** Its machine code (native.ts), if a backend compiled it. */
  native: NativeTrace | null = null;
  /** Where its own jump goes: its last label (op 0 takes the inputs; a peeled loop's body label its args). */
  loopLabel = 0;
  /** A peeled loop's: what another trace's jump into its body gives (the label's args, then the preamble's boxes the body reads); null: none may. */
  bodyInputs: Box[] | null = null;
  /** Where in the interpreted program it starts or goes (the driver's getPrintableLocation; "": none). */
  location = "";
  /** Its ops that only its machine code needs were dropped (dropCompiledOps): it cannot run on the trace runner alone. */
  opsDropped = false;
  /** A quasi-immutable field it folded changed: its guard_not_invalidated ops fail (the warm state traces its key again). */
  invalidated = false;
  /** A bridge: the guard it grew from, and that guard's trace (an invalidated bridge is taken off the guard). */
  fromGuard: ResOp | null = null;
  fromTrace: CompiledTrace | null = null;
  constructor(
    readonly inputArgs: Box[],
    readonly ops: ResOp[],
    /** Loops: the green key's cell; bridges: the loop it jumps to. */
    readonly name: string,
  ) {}
}

/**
 * Drops what a compiled trace's boxes held where it was recorded (constants
 * keep their values): a run reads its values from its frame, never from a
 * box that is no constant, and such a box's object would otherwise stay
 * alive as long as the trace (with the runner's and the portal's hand-offs
 * cleared too, the Python float benchmark's live data at its last major
 * collection went from 91 MB to 27 MB: traces held the point lists of
 * rounds long over).
 */
export function forgetRecordedValues(t: CompiledTrace): void {
  for (const b of t.inputArgs) forgetValue(b);
  for (const op of t.ops) forgetOpValues(op);
  if (t.bodyInputs !== null) for (const b of t.bodyInputs) forgetValue(b);
  if (t.native !== null) dropCompiledOps(t, t.native.runnerRuns);
}

/** What stands for an op dropped from a compiled trace (dropCompiledOps): the runner never reaches it. */
export const DROPPED_OP = new ResOp(DEBUG_MERGE_POINT, [], -1, null);

/**
 * Drops the ops of a trace that its machine code does, keeping those a run
 * still reads: the ones the code's exits hand to the runner (`runnerRuns`),
 * its guards and FINISHes (an exit reads their args and resume data),
 * labels and jumps (what a jump into it or out of it sets),
 * call_assemblers.  Its boxes forget the ops that made them.  A compiled
 * trace's ops, boxes and resume data were most of the old generation of
 * the Python benchmarks that compile many traces (go: 25 MB live at a
 * major collection, 370 of its objects the program's own), and a major
 * collection marks them all each time.
 */
function dropCompiledOps(t: CompiledTrace, runnerRuns: number[]): void {
  const ops = t.ops;
  let next = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    const r = op.result;
    if (r !== null) {
      r.op = null;
      r.forwarded = null;
    }
    const n = op.opnum;
    const runs = next < runnerRuns.length && runnerRuns[next] === k;
    if (runs) next++;
    if (runs || isGuard(n) || n === FINISH || n === LABEL || n === JUMP || op.assembler !== null) continue;
    ops[k] = DROPPED_OP;
  }
  t.opsDropped = true;
}

/**
 * forgetRecordedValues for one op: its args, result, and the boxes of its
 * resume data that no op defines (its virtuals).  (Its frames' and fail
 * args' other boxes are the trace's inputs and results, or constants.)
 */
export function forgetOpValues(op: ResOp): void {
  for (const b of op.args) forgetValue(b);
  if (op.result !== null) forgetValue(op.result);
  if (op.virtuals !== null) {
    for (const v of op.virtuals) {
      forgetValue(v.box);
      for (const b of v.values) forgetValue(b);
    }
  }
  if (op.pending !== null) for (const w of op.pending) forgetWrite(w);
}

export function forgetWrite(w: PendingWrite): void {
  forgetValue(w.target);
  forgetValue(w.value);
}

export function forgetValue(b: Box): void {
  if (!b.isConst) b.refValue = null;
}

/** Which of a guard's virtuals `b` stands for (-1: none, b is a value of the trace). */
export function virtualIndex(guard: ResOp, b: Box): number {
  const vs = guard.virtuals;
  if (vs === null || b.kind !== KIND_R || b.isConst) return -1;
  for (let k = 0; k < vs.length; k++) if (vs[k].box === b) return k;
  return -1;
}

/** The virtual of a guard's resume data that `b` stands for, or null (b is a value of the trace). */
export function virtualOf(guard: ResOp, b: Box): ResumeVirtual | null {
  const k = virtualIndex(guard, b);
  return k < 0 ? null : guard.virtuals![k];
}

// list_getitem's operands are [index, list]; list_setitem's, by kind, [index, value, list] for an int value, else [index, list, value]

/** The list a list_getitem or list_setitem op's operands name. */
export function itemList(args: Box[]): Box {
  return args[1].kind === KIND_I ? args[2] : args[1];
}

/** The value a list_setitem op's operands write. */
export function itemValue(args: Box[]): Box {
  return args[1].kind === KIND_I ? args[1] : args[2];
}

/** A list_setitem op's operands. */
export function setitemArgs(index: Box, list: Box, value: Box): Box[] {
  return value.kind === KIND_I ? [index, value, list] : [index, list, value];
}

/** Every box a guard's resume data mentions: frames' registers, virtuals' fields (not the virtuals themselves), pending writes. */
export function resumeBoxes(guard: ResOp): Box[] {
  const out: Box[] = [];
  // (a trace's last op when the portal returned: a FINISH without resume data, its args the result)
  if (guard.resume === null) {
    for (const b of guard.args) addUnlessVirtual(guard, b, out);
    return out;
  }
  for (const rf of guard.resume) {
    // (ints and floats are never virtuals)
    for (const b of rf.boxesI) out.push(b);
    for (const b of rf.boxesR) addUnlessVirtual(guard, b, out);
    for (const b of rf.boxesF) out.push(b);
  }
  if (guard.virtuals !== null) for (const v of guard.virtuals) for (const b of v.values) addUnlessVirtual(guard, b, out);
  if (guard.pending !== null) {
    for (const w of guard.pending) {
      addUnlessVirtual(guard, w.target, out);
      if (w.index !== null) out.push(w.index);
      addUnlessVirtual(guard, w.value, out);
    }
  }
  return out;
}

function addUnlessVirtual(guard: ResOp, b: Box, out: Box[]): void {
  if (guard.virtuals === null || virtualIndex(guard, b) < 0) out.push(b);
}

let walkEpoch = 0;

/**
 * Gives the boxes of guards' resume data, as resumeBoxes lists them, to a
 * pass that only needs each once (dead code: what is used): the frames,
 * delayed writes and virtuals' descriptions guards share are walked once
 * per walk — for guards with the same virtuals (which decide which boxes
 * are values) — and no list is made.
 */
export class ResumeWalk {
  private readonly epoch = ++walkEpoch;
  private lastVirtuals: ResumeVirtual[] | null = null;
  private lastPending: PendingWrite[] | null = null;
  private lastPendingWith: ResumeVirtual[] | null = null;

  boxes(guard: ResOp, f: (b: Box) => void): void {
    if (guard.resume === null) {
      for (const b of guard.args) if (virtualIndex(guard, b) < 0) f(b);
      return;
    }
    const vs = guard.virtuals;
    for (const rf of guard.resume) {
      if (rf.walkedIn === this.epoch && rf.walkedWith === vs) continue;
      rf.walkedIn = this.epoch;
      rf.walkedWith = vs;
      for (const b of rf.boxesI) f(b);
      for (const b of rf.boxesR) if (virtualIndex(guard, b) < 0) f(b);
      for (const b of rf.boxesF) f(b);
    }
    if (vs !== null && vs !== this.lastVirtuals) {
      this.lastVirtuals = vs;
      for (const v of vs) for (const b of v.values) if (virtualIndex(guard, b) < 0) f(b);
    }
    const pending = guard.pending;
    if (pending !== null && (pending !== this.lastPending || vs !== this.lastPendingWith)) {
      this.lastPending = pending;
      this.lastPendingWith = vs;
      for (const w of pending) {
        if (virtualIndex(guard, w.target) < 0) f(w.target);
        if (w.index !== null) f(w.index);
        if (virtualIndex(guard, w.value) < 0) f(w.value);
      }
    }
  }
}

/** A guard's fail args, computed once: the non-constant boxes its resume data mentions, in order (its trace is numbered). */
export function failArgsOf(guard: ResOp): Box[] {
  if (guard.failArgs !== null) return guard.failArgs;
  const out: Box[] = [];
  const seen = new Set<number>();
  for (const b of resumeBoxes(guard)) {
    if (b.isConst || seen.has(b.index)) continue;
    seen.add(b.index);
    out.push(b);
  }
  guard.failArgs = out;
  return out;
}

/** A copy of op whose result is a new box (`map` gets it, by the old one's id) and whose boxes read go through `map`. */
export function copyRenamed(op: ResOp, map: Map<number, Box>): ResOp {
  let result: Box | null = null;
  if (op.result !== null) {
    const old = op.result;
    result = new Box(old.kind);
    result.intValue = old.intValue;
    result.refValue = old.refValue;
    result.floatValue = old.floatValue;
    result.immutableItems = old.immutableItems;
    result.vableItems = old.vableItems;
    map.set(idOf(old), result);
  }
  return copyOp(op, (b: Box): Box => (b.isConst ? b : (map.get(idOf(b)) ?? b)), result);
}

/** The op with every box it reads mapped by f (operands and resume data): a copy when any changed, else the op itself. */
export function mapOp(op: ResOp, f: (b: Box) => Box): ResOp {
  // (most ops map to themselves: look before copying — without a list of the boxes, as this runs for every op after every pass)
  if (!mapsSome(op, f)) return op;
  return copyOp(op, f, op.result);
}

/** Whether f maps some box op reads (boxesRead's boxes) to another. */
function mapsSome(op: ResOp, f: (b: Box) => Box): boolean {
  if (someMapped(op.args, f)) return true;
  if (op.resume !== null) {
    for (const rf of op.resume) if (someMapped(rf.boxesI, f) || someMapped(rf.boxesR, f) || someMapped(rf.boxesF, f)) return true;
  }
  return mapsSomeWritten(op, f);
}

/** Whether f maps some box of op's virtuals or delayed writes to another. */
function mapsSomeWritten(op: ResOp, f: (b: Box) => Box): boolean {
  if (op.virtuals !== null) {
    for (const v of op.virtuals) {
      if (f(v.box) !== v.box || someMapped(v.values, f)) return true;
    }
  }
  if (op.pending !== null) {
    for (const w of op.pending) {
      if (f(w.target) !== w.target || f(w.value) !== w.value) return true;
      if (w.index !== null && f(w.index) !== w.index) return true;
    }
  }
  return false;
}

/**
 * A guard's virtuals mapped by f: the same list (and the same entries)
 * where f changes nothing — guards share their virtuals and delayed writes
 * (Virtualize.describeResume), and copies keep sharing them.
 */
function mapVirtuals(vs: ResumeVirtual[], f: (b: Box) => Box): ResumeVirtual[] {
  let out: ResumeVirtual[] | null = null;
  for (let k = 0; k < vs.length; k++) {
    const v = vs[k];
    let m = v;
    if (f(v.box) !== v.box || someMapped(v.values, f)) m = new ResumeVirtual(f(v.box), v.sizeDescr, v.fieldDescrs, mapAll(v.values, f), v.length, v.itemKind);
    if (m !== v && out === null) out = vs.slice(0, k);
    if (out !== null) out.push(m);
  }
  return out ?? vs;
}

/** A guard's delayed writes mapped by f: the same list where f changes nothing. */
function mapPending(ws: PendingWrite[], f: (b: Box) => Box): PendingWrite[] {
  let changed = false;
  for (const w of ws) if (f(w.target) !== w.target || f(w.value) !== w.value || (w.index !== null && f(w.index) !== w.index)) changed = true;
  if (!changed) return ws;
  const out: PendingWrite[] = [];
  for (const w of ws) out.push(new PendingWrite(w.descr, f(w.target), w.index === null ? null : f(w.index), f(w.value)));
  return out;
}

/** someMapped(bs, resolve) without a call per box (OpResolver looks at every frame once per pass: the call cost a sixth of the optimizer's time). */
function someForwarded(bs: Box[]): boolean {
  for (const b of bs) if (b.forwarded !== null) return true;
  return false;
}

function someMapped(bs: Box[], f: (b: Box) => Box): boolean {
  for (const b of bs) if (f(b) !== b) return true;
  return false;
}

function mapAll(bs: Box[], f: (b: Box) => Box): Box[] {
  const out: Box[] = [];
  reserve(out, bs.length);
  for (const b of bs) out.push(f(b));
  return out;
}

/** mapAll for a resume frame's boxes, which nothing changes: an empty list is shared (resume data is most of what compiled traces keep alive). */
function mapFrameBoxes(bs: Box[], f: (b: Box) => Box): Box[] {
  return bs.length === 0 ? bs : mapAll(bs, f);
}

let resolveEpoch = 0;

/**
 * Resolves ops (mapOp with resolve) in one pass over a trace, each resume
 * frame once: guards share their callers' frames (MetaInterp.snapshot), and
 * a frame resolves the same for every guard that has it — a box is
 * forwarded where it is defined, before any guard can mention it.  The
 * copies share frames as the originals did (the optimizer resolved every
 * guard's frames after every pass, a sixth of the time it took for a bridge).
 */
export class OpResolver {
  private readonly epoch = ++resolveEpoch;

  op(op: ResOp): ResOp {
    let changed = false;
    for (const a of op.args) if (resolve(a) !== a) changed = true;
    let frames: ResumeFrame[] | null = op.resume;
    if (op.resume !== null) {
      for (let i = 0; i < op.resume.length; i++) {
        const rf = op.resume[i];
        const r = this.frame(rf);
        if (r !== rf && frames === op.resume) {
          frames = op.resume.slice(0, i);
          reserve(frames, op.resume.length);
        }
        if (frames !== op.resume) frames!.push(r);
      }
      if (frames !== op.resume) changed = true;
    }
    // (guards share their virtuals and delayed writes, in runs: each list is mapped once, and the copies share it too)
    let vs = op.virtuals;
    if (vs !== null) {
      if (vs !== this.virtualsIn) {
        this.virtualsIn = vs;
        this.virtualsOut = mapVirtuals(vs, resolve);
      }
      if (this.virtualsOut !== vs) changed = true;
      vs = this.virtualsOut;
    }
    let ps = op.pending;
    if (ps !== null) {
      if (ps !== this.pendingIn) {
        this.pendingIn = ps;
        this.pendingOut = mapPending(ps, resolve);
      }
      if (this.pendingOut !== ps) changed = true;
      ps = this.pendingOut;
    }
    if (!changed) return op;
    const copy = copyOp(op, resolve, op.result, false, false);
    copy.resume = frames;
    copy.virtuals = vs;
    copy.pending = ps;
    return copy;
  }

  /** The last list of virtuals and of delayed writes resolved, and what they resolved to. */
  private virtualsIn: ResumeVirtual[] | null = null;
  private virtualsOut: ResumeVirtual[] | null = null;
  private pendingIn: PendingWrite[] | null = null;
  private pendingOut: PendingWrite[] | null = null;

  private frame(rf: ResumeFrame): ResumeFrame {
    if (rf.resolvedIn === this.epoch) return rf.resolvedAs!;
    let r = rf;
    if (someForwarded(rf.boxesI) || someForwarded(rf.boxesR) || someForwarded(rf.boxesF)) {
      r = new ResumeFrame(rf.jitcode, rf.pc, rf.regsI, mapFrameBoxes(rf.boxesI, resolve), rf.regsR, mapFrameBoxes(rf.boxesR, resolve), rf.regsF, mapFrameBoxes(rf.boxesF, resolve));
      r.waitKind = rf.waitKind;
      r.waitReg = rf.waitReg;
      r.passMergePoint = rf.passMergePoint;
      // (the copy resolves to itself in this pass)
      r.resolvedIn = this.epoch;
      r.resolvedAs = r;
    }
    rf.resolvedIn = this.epoch;
    rf.resolvedAs = r;
    return r;
  }
}

/** A copy of the op with every box it reads mapped by f, and `result` its result (whose op it becomes); its resume frames mapped too unless `withFrames` is false, its virtuals and delayed writes unless `withWritten` is (the caller sets them). */
export function copyOp(op: ResOp, f: (b: Box) => Box, result: Box | null, withFrames = true, withWritten = true): ResOp {
  const args = mapAll(op.args, f);
  const frames: ResumeFrame[] = [];
  if (op.resume !== null && withFrames) {
    for (const rf of op.resume) {
      const n = new ResumeFrame(rf.jitcode, rf.pc, rf.regsI, mapFrameBoxes(rf.boxesI, f), rf.regsR, mapFrameBoxes(rf.boxesR, f), rf.regsF, mapFrameBoxes(rf.boxesF, f));
      n.waitKind = rf.waitKind;
      n.waitReg = rf.waitReg;
      n.passMergePoint = rf.passMergePoint;
      frames.push(n);
    }
  }
  const copy = new ResOp(op.opnum, args, op.descr, result);
  if (result !== null) result.op = copy;
  if (op.resume !== null) copy.resume = frames;
  if (op.virtuals !== null && withWritten) copy.virtuals = mapVirtuals(op.virtuals, f);
  if (op.pending !== null && withWritten) copy.pending = mapPending(op.pending, f);
  copy.failures = op.failures;
  copy.bridge = op.bridge;
  copy.assembler = op.assembler;
  return copy;
}

/** The zero of a kind (a field no write set). */
export function zeroOf(kind: number): Box {
  if (kind === KIND_I) return constInt(0);
  if (kind === KIND_F) return constFloat(0.0);
  return constRef(null);
}

/** Every box an op reads: its operands, and a guard's resume data (virtuals' fields and delayed writes too). */
export function boxesRead(op: ResOp): Box[] {
  const out: Box[] = [];
  for (const a of op.args) out.push(a);
  if (op.resume !== null) {
    for (const rf of op.resume) {
      for (const b of rf.boxesI) out.push(b);
      for (const b of rf.boxesR) out.push(b);
      for (const b of rf.boxesF) out.push(b);
    }
  }
  if (op.virtuals !== null) {
    for (const v of op.virtuals) {
      out.push(v.box);
      for (const b of v.values) out.push(b);
    }
  }
  if (op.pending !== null) {
    for (const w of op.pending) {
      out.push(w.target);
      if (w.index !== null) out.push(w.index);
      out.push(w.value);
    }
  }
  return out;
}

/** The boxes a jump to label k of t sets: the inputs at the start, else the label's args. */
export function labelArgs(t: CompiledTrace, k: number): Box[] {
  return k === 0 ? t.inputArgs : t.ops[k].args;
}

/** A JUMP's descr into the body label of peeled loop `loop` (a bridge's way past the loop's preamble: bodyentry.ts). */
export function jumpIntoBody(loop: number): number {
  return -2 - loop;
}

/** The loop a JUMP enters (-1: its own trace's). */
export function jumpTarget(jump: ResOp): number {
  return jump.descr >= -1 ? jump.descr : -2 - jump.descr;
}

/** Whether a JUMP enters another loop at its body label (not at its start). */
export function jumpsIntoBody(jump: ResOp): boolean {
  return jump.descr < -1;
}

/** The box that stands for b now (b itself, unless an optimization replaced it). */
export function resolve(b: Box): Box {
  let x = b;
  while (x.forwarded !== null) x = x.forwarded;
  return x;
}

let nextBoxId = 1;
/** A box's identity number, given on demand (RTS maps are keyed by numbers or strings, not objects). */
export function idOf(b: Box): number {
  if (b.id === 0) b.id = nextBoxId++;
  return b.id;
}
