// Machine-code backends (RPython's backend/x86, backend/aarch64): a backend
// compiles a trace to the machine's code, and the trace runner
// (tracerunner.ts) runs that code whenever it is in the trace.  An
// operation the code does not do itself — a call, an allocation, an
// operation the backend has no code for, a guard that fails, a check that
// fails inline (an overflow, an index out of range) — makes the code return
// its index; the runner runs that one operation on the values the code left
// in the frame, and enters the code again after it (every operation after
// one that can leave the code is an entry).  So every trace runs, and a
// backend grows by doing more operations inline.  Backends are RTS code
// translated with the program; a backend's plugin adds its module, which
// registers an instance here at init time.  RTS code.
//
// The frame of a run (the same for every backend), big enough for any trace:
//  - raw slots (an area of this class's raw stack): word 0 the address of
//    the root slots, word 1 the frame's slot count, word 2 the value a
//    finish returning from the portal leaves (its exit says so:
//    EXIT_RETURN), word 3 its root slot count, then one 8-byte slot per
//    box of the trace (ints, and floats as IEEE doubles);
//  - root slots, reserved on the shadow stack: one per box up to the last
//    ref (numberBoxes numbers refs first; the refs, as addresses).  The collector scans and updates them like any root, so
//    the code holds GC references across the operations that can collect
//    (RPython keeps them in its jitframe, which its GC scans, to the same
//    end).  A trace's constant objects are in permanent root slots
//    (rts/ll permanentRootsReserve), which its code reads.
// The code jumps from a loop or bridge into another loop without leaving
// (the frame fits both); its exits say which trace they leave.  Runs nest
// (a call in a trace can reach another trace): frames are stacked, and a
// call_assembler's code stacks its callee's frame itself (the raw stack's
// top is in memory: rawTopCell).
import * as ll from "rts/ll";
import type { GcRef, JitData } from "./jitdata.ts";
import { jitRefAddress, jitRefFromAddress } from "./translated-cpu.ts";
import { AssemblerToken, Box, CompiledTrace, FINISH, failArgsOf, isGuard, KIND_I, KIND_R, ResOp } from "./resoperation.ts";

/** What a backend made of a trace (CompiledTrace.native). */
export class NativeTrace {
  /** The most slots its code may use: its own, or those of a trace it jumps into; and the most root slots. */
  needSlots = 0;
  needRoots = 0;
  /** Per op, a word the code's exit at a guard jumps through (attachBridge points it at the bridge); 0: none. And their bytes (in the cells' arena). */
  cells = 0;
  cellBytes = 0;
  /** Whether the code is in the backend's code arena (NativeCode.allocCode) rather than a mapping of its own (the cells always are in theirs). */
  inArena = false;
  /** Ops the code leaves to the trace runner (it has no code for them). */
  runnerOps = 0;
  /** Their indexes in the trace (RTSLOG=jit-backend names them). */
  runnerOpIndexes: number[] | null = null;
  /** The ops the code's exits may hand to the runner, which runs the op and enters the code after it (its own ops and the slow paths of others: an allocation, an overflow, a bad cast...); the trace keeps them when it drops the rest. */
  runnerRuns: number[] = [];
  /** The offset of the code at its last label (a peeled loop's body: where a bridge's code may jump in). */
  body = 0;
  /** The address of its invalidation word (0, or 1 once invalidated: its guard_not_invalidated ops test it); 0: it has none. */
  invalidFlag = 0;
  /** A bridge: what its guard's cell held before the bridge was attached (detachBridge puts it back). */
  exitBefore = 0;
  constructor(
    /** The code's address and its size (in the arena) or the size of its mapping. */
    readonly code: number,
    readonly size: number,
    /** Per operation: the offset of the code's entry before it, or -1 (the code cannot be entered there). */
    readonly entries: number[],
    /** Its number with the backend: the code's exits say which trace they leave (the code jumps from trace to trace). */
    readonly id: number,
    /** The offset of op 0's code (where another trace's code jumps in, its registers set up). */
    readonly start: number,
  ) {}
}

/** Where NativeCode.placeCode put some code: its address, its size (in the arena) or its mapping's size, and which. */
export class PlacedCode {
  constructor(
    readonly addr: number,
    readonly size: number,
    readonly inArena: boolean,
  ) {}
}

/** The code's exits return id * EXIT_TRACE + the op's index. */
export const EXIT_TRACE = 16777216;
/** Added to the exit of a finish whose code returned from the portal, its value in raw word 2 (a call_assembler's fast path looks): 2^52, above every trace's exits. */
export const EXIT_RETURN = 4503599627370496;

/** One run's frame (see above). */
export class NativeFrame {
  raw = 0;
  constructor(
    /** The root slots (reserved by the trace runner's own run: a reservation must end in the function that made it). */
    readonly roots: number,
    /** How many slots of each kind it has (raw word 1 says it to the code), and root slots (word 3). */
    readonly slots: number,
    readonly rootCount: number,
  ) {}
}

/** The raw word of slot i (words 0 to 3: the root slots' address, the frame's slot count, a returned value, its root slot count). */
export function rawSlot(i: number): number {
  return 8 * (4 + i);
}

const RAW_STACK_BYTES = 8 << 20;
/** The size of one mapping of the code arena or the cells' arena (a bigger trace gets a mapping of its own size). */
const ARENA_BYTES = 1 << 20;

export abstract class NativeCode {
  /** The machine its code runs on (rts/ll codeArch). */
  abstract readonly arch: number;
  /** Compiles `t` (sets t.native, registered with addTrace) if it can; a trace without code runs on the trace runner. */
  abstract compile(t: CompiledTrace, data: JitData): void;

  private rawStack = 0;
  /** Words the code reads: the raw stack's top and its end, a scratch word. */
  private rawCell = 0;
  /** The traces with code, by number. */
  readonly traces: CompiledTrace[] = [];
  /** The JIT's compiled loops, by number (a jump's descr names one; warmstate.ts shares its list). */
  loops: CompiledTrace[] = [];
  /** The most slots and root slots any trace's code needs (a run's frame has that many). */
  maxSlots = 0;
  maxRoots = 0;
  /** The exception a call made by the code raised, moved out of rts_exc when the code returned (execute). */
  private pendingException: GcRef | null = null;

  /**
   * The code arena (RPython's asmmemmgr, in short): traces and stubs are
   * written in place into mappings both writable and executable, many to a
   * mapping, so a compile costs no mmap and no mprotect (each mprotect that
   * takes a right away flushes the TLB of every core: 3% of a run that
   * compiled 300 traces and bridges).  codeFree..codeEnd is what is left of
   * the current mapping; codeArena is 0 when the system refused such memory
   * (then each trace gets a mapping of its own, made executable once written).
   */
  private codeFree = 0;
  private codeEnd = 0;
  private codeArena = 1;
  /** The same for the traces' cells (data: a mapping of ordinary memory holds many traces' cells). */
  private cellsFree = 0;
  private cellsEnd = 0;

  /** `size` bytes of code memory, written in place (codeWritten after); 0 when there is no arena. */
  allocCode(size: number): number {
    if (this.codeArena === 0) return 0;
    const need = (size + 15) & ~15;
    if (this.codeEnd - this.codeFree < need) {
      const bytes = Math.max(ARENA_BYTES, (need + 4095) & ~4095);
      const a = ll.mapCode(bytes);
      if (a === 0) {
        this.codeArena = 0;
        return 0;
      }
      this.codeFree = a;
      this.codeEnd = a + bytes;
    }
    const p = this.codeFree;
    this.codeFree += need;
    return p;
  }

  /** `size` zeroed bytes for a trace's cells; 0 if the system has no memory left. */
  allocCells(size: number): number {
    const need = (size + 15) & ~15;
    if (this.cellsEnd - this.cellsFree < need) {
      const bytes = Math.max(ARENA_BYTES, (need + 4095) & ~4095);
      const a = ll.mapMemory(bytes);
      if (a === 0) return 0;
      this.cellsFree = a;
      this.cellsEnd = a + bytes;
    }
    const p = this.cellsFree;
    this.cellsFree += need;
    return p;
  }

  /**
   * Writes the code of `bytes` (its first `n`) into the arena, or into a
   * mapping of its own made executable (no arena); what it got, or null
   * when the system has no memory left.
   */
  placeCode(bytes: Uint8Array, n: number): PlacedCode | null {
    const a = this.allocCode(n);
    if (a !== 0) {
      for (let i = 0; i < n; i++) ll.storeU8(a, i, bytes[i]);
      ll.codeWritten(a, n);
      return new PlacedCode(a, n, true);
    }
    const size = (n + 4095) & ~4095;
    const m = ll.mapMemory(size);
    if (m === 0) return null;
    for (let i = 0; i < n; i++) ll.storeU8(m, i, bytes[i]);
    if (ll.executable(m, size) === 0) {
      ll.unmapMemory(m, size);
      return null;
    }
    return new PlacedCode(m, size, false);
  }

  /** Gives back the last allocation of allocCode / allocCells if `a` is it (release: a tester's compile-and-drop loop reuses the memory). */
  private freeLast(a: number, size: number, code: boolean): void {
    const need = (size + 15) & ~15;
    if (code && a + need === this.codeFree) this.codeFree = a;
    if (!code && a + need === this.cellsFree) {
      this.cellsFree = a;
      ll.fill(a, 0, need);
    }
  }

  /** The number the next trace with code gets. */
  nextId(): number {
    return this.traces.length;
  }

  /** Registers t's code (t.native set): its number, and the frame it needs with the traces it jumps into. */
  addTrace(t: CompiledTrace, jumpsTo: CompiledTrace[]): void {
    const n = t.native!;
    this.traces.push(t);
    n.needSlots = t.slots;
    n.needRoots = t.refSlots;
    for (const u of jumpsTo) {
      if (u.native !== null && u.native.needSlots > n.needSlots) n.needSlots = u.native.needSlots;
      if (u.native !== null && u.native.needRoots > n.needRoots) n.needRoots = u.native.needRoots;
    }
    const grew = n.needSlots > this.maxSlots || n.needRoots > this.maxRoots;
    if (n.needSlots > this.maxSlots) this.maxSlots = n.needSlots;
    if (n.needRoots > this.maxRoots) this.maxRoots = n.needRoots;
    if (grew) for (const k of this.loopEntryTokens) this.setTokenEntry(k);
  }

  /** Tokens whose entry is a loop (CompiledTrace.entersLoops): their frames grow with maxSlots and maxRoots. */
  private readonly loopEntryTokens: AssemblerToken[] = [];

  /**
   * Unmaps t's code and cells (t then runs on the trace runner): for a
   * tester that compiles many traces once each (a mapping per trace would
   * reach the system's limit on mappings). Nothing may jump into t after.
   */
  release(t: CompiledTrace): void {
    const n = t.native;
    if (n === null) return;
    if (t.opsDropped) throw new Error("internal: " + t.name + " released after its ops were dropped");
    if (n.inArena) this.freeLast(n.code, n.size, true);
    else ll.unmapMemory(n.code, n.size);
    if (n.cells !== 0) this.freeLast(n.cells, n.cellBytes, false);
    t.native = null;
  }

  /** The raw stack's cell: word 0 its top (where the next frame goes), word 1 its end, word 2 scratch. */
  rawTopCell(): number {
    if (this.rawStack === 0) {
      this.rawStack = ll.mapMemory(RAW_STACK_BYTES);
      this.rawCell = ll.mapMemory(4096);
      if (this.rawStack === 0 || this.rawCell === 0) ll.fatal("out of memory (the JIT's frames)");
      ll.store(this.rawCell, 0, this.rawStack);
      ll.store(this.rawCell, 8, this.rawStack + RAW_STACK_BYTES);
    }
    return this.rawCell;
  }

  /** A frame for a run of `slots` slots, on `rootCount` root slots at `roots` (closed with closeFrame, in the reverse order of opening). */
  openFrame(roots: number, slots: number, rootCount: number): NativeFrame {
    const cell = this.rawTopCell();
    const top = ll.load(cell, 0);
    // no room left (deep recursion through traces): this run goes without machine code
    const room = top + rawSlot(slots) <= this.rawStack + RAW_STACK_BYTES;
    const f = new NativeFrame(roots, room ? slots : 0, room ? rootCount : 0);
    f.raw = top;
    if (!room) return f;
    ll.store(cell, 0, top + rawSlot(slots));
    ll.store(f.raw, 0, roots);
    ll.store(f.raw, 8, slots);
    ll.store(f.raw, 24, rootCount);
    return f;
  }

  closeFrame(f: NativeFrame): void {
    ll.store(this.rawCell, 0, f.raw);
  }

  /** The frame a call_assembler's code made for its callee at `raw` (its root slots and counts in its words 0, 1 and 3). */
  frameAt(raw: number): NativeFrame {
    const f = new NativeFrame(ll.load(raw, 0), ll.load(raw, 8), ll.load(raw, 24));
    f.raw = raw;
    return f;
  }

  /** A double's bits, as the code passes a float in a word. */
  floatBits(x: number): number {
    const cell = this.rawTopCell();
    ll.storeFloat(cell, 16, x);
    return ll.load(cell, 16);
  }

  /**
   * Whether trace t's code can run in the frame (a trace compiled while the
   * run was under way may need more); if so, stores the boxes the entry
   * sets — its inputs, or a label's args — (from the runner's arrays).  Slots of an earlier trace of the run keep what they
   * held (the collector keeps updating the root slots).
   */
  enterTrace(f: NativeFrame, t: CompiledTrace, boxes: Box[], vi: number[], vr: (GcRef | null)[], vf: number[]): boolean {
    if (!fits(f, t)) return false;
    for (const b of boxes) this.store(f, b, vi, vr, vf);
    return true;
  }

  /**
   * enterTrace for trace t's start, from the inputs per kind (as a run is
   * given them) instead of the runner's arrays.
   */
  enterInputs(f: NativeFrame, t: CompiledTrace, ints: number[], refs: (GcRef | null)[], floats: number[]): boolean {
    if (!fits(f, t)) return false;
    let ci = 0;
    let cr = 0;
    let cf = 0;
    for (const b of t.inputArgs) {
      if (b.kind === KIND_I) ll.store(f.raw, rawSlot(b.index), ints[ci++]);
      else if (b.kind === KIND_R) ll.store(f.roots, 8 * b.index, jitRefAddress(refs[cr++]));
      else ll.storeFloat(f.raw, rawSlot(b.index), floats[cf++]);
    }
    return true;
  }

  /** Runs t's code from its entry before op pc; returns the trace (its number) and the op the runner runs next (EXIT_TRACE). */
  execute(f: NativeFrame, t: CompiledTrace, pc: number): number {
    const n = t.native!;
    const exit = ll.callCode(n.code + n.entries[pc], f.raw);
    // an exception a call made by the code raised is pending in rts_exc, where the translated runner's next call
    // that may raise would take it for its own and pass it on: it is moved out first (no call comes before)
    this.takeCodeException();
    // (the runner runs a returning finish as any other: its values are in their slots too)
    return exit >= EXIT_RETURN ? exit - EXIT_RETURN : exit;
  }

  /** The exception in rts_exc that a call the code made raised, moved out (takePendingException gives it). */
  takeCodeException(): void {
    const cell = ll.globalRoot(ll.globalRootCount() - 1);
    const a = ll.load(cell, 0);
    if (a !== 0) {
      ll.store(cell, 0, 0);
      this.pendingException = jitRefFromAddress(a);
    }
  }

  /** The exception at address a (0: none), which machine code moved out of rts_exc, pending as takeCodeException leaves it. */
  takeExceptionAt(a: number): void {
    if (a !== 0) this.pendingException = jitRefFromAddress(a);
  }

  /** Leaves exception e in rts_exc, where the code's guard after a call looks (a call_assembler's slow path raised). */
  raiseInCode(e: GcRef | null): void {
    ll.store(ll.globalRoot(ll.globalRootCount() - 1), 0, jitRefAddress(e));
  }

  /**
   * Points guard k of trace t (its code's exit there) at bridge b's code, if
   * both have code: the code goes on in the bridge without leaving.
   */
  attachBridge(_t: CompiledTrace, _k: number, _b: CompiledTrace): void {}

  /** Guard k of trace t leaves by its exit again (bridge b, attached there, was invalidated). */
  detachBridge(t: CompiledTrace, k: number, b: CompiledTrace): void {
    const n = t.native;
    const bn = b.native;
    if (n === null || bn === null || n.cells === 0 || bn.exitBefore === 0) return;
    ll.store(n.cells, 8 * k, bn.exitBefore);
  }

  /** Trace t was invalidated: its code's guard_not_invalidated ops fail from now on. */
  invalidate(t: CompiledTrace): void {
    const n = t.native;
    if (n !== null && n.invalidFlag !== 0) ll.store(n.invalidFlag, 0, 1);
  }

  /** A new call_assembler token: its raw cell (machine code reads the entry trace's code and frame size there). */
  newToken(t: AssemblerToken): void {
    // (four words each, from pages of them)
    if (this.tokenPage === 0 || this.tokenUsed + 32 > 4096) {
      this.tokenPage = ll.mapMemory(4096);
      if (this.tokenPage === 0) ll.fatal("out of memory (the JIT's tokens)");
      this.tokenUsed = 0;
    }
    t.cell = this.tokenPage + this.tokenUsed;
    this.tokenUsed += 32;
    this.setTokenEntry(t);
  }
  /** How many times machine code called token t's entry code itself (the fast path counts in the cell's word 3). */
  tokenCalls(t: AssemblerToken): number {
    return t.cell === 0 ? 0 : ll.load(t.cell, 24);
  }
  private tokenPage = 0;
  private tokenUsed = 0;

  /** Token t's entry trace was compiled: its code and the slots it needs into t's cell (0: it has no code). */
  setTokenEntry(t: AssemblerToken): void {
    const e = t.entry;
    if (t.cell === 0) return;
    const n = e === null ? null : e.native;
    ll.store(t.cell, 0, n === null || n.entries[0] < 0 ? 0 : n.code + n.entries[0]);
    if (n !== null && e!.entersLoops) {
      if (this.loopEntryTokens.indexOf(t) < 0) this.loopEntryTokens.push(t);
      ll.store(t.cell, 8, this.maxSlots);
      ll.store(t.cell, 16, this.maxRoots);
      return;
    }
    ll.store(t.cell, 8, n === null ? 0 : n.needSlots > e!.grownSlots ? n.needSlots : e!.grownSlots);
    ll.store(t.cell, 16, n === null ? 0 : n.needRoots > e!.grownRoots ? n.needRoots : e!.grownRoots);
  }

  /** An exception a call made by the code raised (the code left at its guard_no_exception), taken: the runner's guard on exceptions sees it. */
  takePendingException(): GcRef | null {
    const e = this.pendingException;
    this.pendingException = null;
    return e;
  }

  /** The values op k reads (its operands; a guard's fail args too) from the frame into the runner's arrays. */
  valuesIn(f: NativeFrame, t: CompiledTrace, k: number, vi: number[], vr: (GcRef | null)[], vf: number[]): void {
    const op: ResOp = t.ops[k];
    for (const b of op.args) if (!b.isConst) this.load(f, b, vi, vr, vf);
    if (isGuard(op.opnum) || op.opnum === FINISH) for (const b of failArgsOf(op)) this.load(f, b, vi, vr, vf);
  }

  /** Op k's result, computed by the runner, into the frame. */
  valuesOut(f: NativeFrame, t: CompiledTrace, k: number, vi: number[], vr: (GcRef | null)[], vf: number[]): void {
    const r = t.ops[k].result;
    if (r !== null) this.store(f, r, vi, vr, vf);
  }

  private load(f: NativeFrame, b: Box, vi: number[], vr: (GcRef | null)[], vf: number[]): void {
    if (b.kind === KIND_I) vi[b.index] = ll.load(f.raw, rawSlot(b.index));
    else if (b.kind === KIND_R) vr[b.index] = jitRefFromAddress(ll.load(f.roots, 8 * b.index));
    else vf[b.index] = ll.loadFloat(f.raw, rawSlot(b.index));
  }

  private store(f: NativeFrame, b: Box, vi: number[], vr: (GcRef | null)[], vf: number[]): void {
    if (b.kind === KIND_I) ll.store(f.raw, rawSlot(b.index), vi[b.index]);
    else if (b.kind === KIND_R) ll.store(f.roots, 8 * b.index, jitRefAddress(vr[b.index]));
    else ll.storeFloat(f.raw, rawSlot(b.index), vf[b.index]);
  }
}

/** Whether trace t's code can run in frame f (one compiled while the run was under way may need more). */
export function fits(f: NativeFrame, t: CompiledTrace): boolean {
  const n = t.native!;
  return n.needSlots <= f.slots && n.needRoots <= f.rootCount;
}

/** No machine code (untranslated, or a machine without a backend). */
export class NoNativeCode extends NativeCode {
  readonly arch = 0;
  compile(_t: CompiledTrace, _data: JitData): void {}
}

/** The backends of the program (each backend's module adds one at init time). */
export const NATIVE_BACKENDS: NativeCode[] = [new NoNativeCode()];

/** The backend for this machine, or null. */
export function nativeBackendFor(arch: number): NativeCode | null {
  for (const b of NATIVE_BACKENDS) if (b.arch === arch && arch !== 0) return b;
  return null;
}
