// The x86-64 machine-code backend of the JIT (RPython's backend/x86), RTS
// code translated with the program.  It compiles the whole trace: the
// operations it has code for run inline — int and float arithmetic and
// comparisons, guards, the interpreter's checked int arithmetic, instance
// fields (with the GC's write-barrier check), list and typed-array items
// and lengths, instanceof and checked casts, the loop's jump — and every
// other one (calls, allocation, exceptions, jumps to other traces) returns
// its index to the trace runner, which runs it on the values in the frame
// and enters the code again after it (framework/jit/runtime/native.ts has
// the protocol and the frame).  A check that fails inline (an overflow, an
// index out of range, a null, a barrier to take) leaves the same way, at
// the op: the runner runs it and fails or goes on as the interpreter would.
// Every op stores its result in the frame, and a register cache
// (regcache.ts) keeps the results later ops read in r13-r15, rbp, r10 and
// xmm8-15, so operands mostly come from registers.  Registers: rbx the raw
// slots, r12 the root slots (callee-saved: each entry saves them, the
// cache's, and loads the frame from the argument and the cache from the
// frame), rax/rcx/rdx/r8/r11 and xmm0/xmm1 scratch.  Calls go straight to the
// function (its address from the translated program); allocation carves
// the object out of the GC's nursery inline (the GC's bump cell).
// The heap's ops are native-memory.ts's, the loop jumps native-jump.ts's:
// functions on the TraceAssembler here.
import * as ll from "rts/ll";
import type { GcRef, JitData } from "../../framework/jit/runtime/jitdata.ts";
import { EXIT_RETURN, EXIT_TRACE, NATIVE_BACKENDS, NativeCode, NativeTrace, rawSlot } from "../../framework/jit/runtime/native.ts";
import { jitRefAddress } from "../../framework/jit/runtime/translated-cpu.ts";
import {
  Box, BOOL_NOT, CAST_INT_TO_FLOAT, CompiledTrace, failArgsOf, DEBUG_MERGE_POINT, FLOAT_ADD, FLOAT_DIV, FLOAT_EQ, FLOAT_GE, FLOAT_GT, FLOAT_LE, FLOAT_LT, FLOAT_MUL, FLOAT_NE, FLOAT_NEG, FLOAT_SUB, GETFIELD,
  CALL, FINISH, returnsFromPortal, GUARD_FALSE, GUARD_NO_EXCEPTION, GUARD_NOT_INVALIDATED, GUARD_TRUE, GUARD_VALUE, NEW, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_IS_TRUE, INT_LE, INT_LT, INT_MUL, INT_NE, INT_NEG, INT_SUB, JUMP, KIND_F, KIND_I, KIND_R, LABEL, OP, PTR_EQ,
  PTR_ISZERO, PTR_NE, PTR_NONZERO, SETFIELD, UINT_LT,
} from "../../framework/jit/runtime/resoperation.ts";
import { CodeBuffer } from "./codebuf.ts";
import { ALU_MUL, RAW, ROOTS, XMM0, floatBits, loadableInt } from "./native-regs.ts";
import { callAssembler } from "./native-assembler.ts";
import { allocate, barrierCall, call, getfield, inlineOp, setfield } from "./native-memory.ts";
import { jump, loopLabel } from "./native-jump.ts";
import { GPR_CACHE, RegisterCache, XMM_CACHE } from "./regcache.ts";
import type { ResOp } from "../../framework/jit/runtime/resoperation.ts";
import {
  ALU_ADD, ALU_AND, ALU_CMP, ALU_OR, ALU_SUB, ALU_XOR, CC_A, CC_AE, CC_E, CC_G, CC_GE, CC_L, CC_LE, CC_NE, CC_NP, CC_P, CC_S, NO_INDEX, R11, R12, R13, R14, R15, RAX, RBP, RBX, RCX, RDI, RDX,
  SSE_ADD, SSE_DIV, SSE_MUL, SSE_SUB, aluRI, aluRR, cvtsi2sd, fitsInt32, imulRR, imulRRI, jccRel32, jmpRel32, load, movRI, movRIWords, movRR, movapd, movsdLoad, movsdStore, jmpR, movqRX, movqXR, movzxRR8, negR,
  pop, push, ret, setcc, sseArith, store, storeImm, testRR, ucomisd,
} from "./encoder.ts";

/** arith()'s multiply (not an ALU group-1 op: imul). */
/** What an entry saves and an exit restores: the frame's registers and the register cache's callee-saved ones. */
const SAVED = [RBX, R12, R13, R14, R15, RBP];
const XMM1 = 1;

/** Code for one trace. */
export class TraceAssembler {
  /** Exits: the displacement to patch, and the operation index the code returns. */
  private readonly exits: number[] = [];
  private readonly exitCodes: number[] = [];
  /** Per exit, and per guard's exit: the dirty registers and their boxes there (stored on the way out). */
  private readonly exitDirtyRegs: number[][] = [];
  private readonly exitDirtyBoxes: Box[][] = [];
  private readonly guardDirtyRegs: number[][] = [];
  private readonly guardDirtyBoxes: Box[][] = [];
  /** Per op: where its code starts; whether the runner may go on after it (an entry). */
  readonly starts: number[] = [];
  private readonly entryAfter: boolean[] = [];
  /** The trace's constant objects, and the permanent root slot of each. */
  readonly constRefs: (GcRef | null)[] = [];
  readonly constSlots: number[] = [];
  /** Per constant: the collector never moves it (ll.gcMovable), so code holds its address itself. */
  readonly constFixed: boolean[] = [];
  /** Loops the code jumps into. */
  readonly jumpsTo: CompiledTrace[] = [];
  /** Ops left to the trace runner (their indexes). */
  readonly runnerOpIndexes: number[] = [];
  /** Guards' exits: the jumps to their cell stubs, and their ops. */
  private readonly guardJumps: number[] = [];
  readonly guardOps: number[] = [];
  /** Where the exit returning op k's index is. */
  readonly exitAt = new Map<number, number>();
  readonly barrierFlag = ll.gcBarrierFlag();
  /** The write barriers' out-of-line calls (native-memory.ts barrier): each one's jump, object register and item index register (-1: a field). */
  readonly barrierJumps: number[] = [];
  readonly barrierRegs: number[] = [];
  readonly barrierIndexRegs: number[] = [];
  /** The GC's inline-allocation cell (0: none) and the pending exception's cell (rts_exc). */
  readonly bumpCell = ll.gcBumpCell();
  readonly excCell = ll.globalRoot(ll.globalRootCount() - 1);
  /** RTS_JIT_NATIVE_OPS=n: only the first n ops of a trace inline (to bisect a backend bug). */
  private readonly limit = ll.envInt("RTS_JIT_NATIVE_OPS", 1000000000);
  /** RTS_JIT_LOOPREGS=0: a peeled loop's own jump goes through the frame (jumpInRegisters off, to tell a bug there from another). */
  readonly loopRegisters = ll.envInt("RTS_JIT_LOOPREGS", 1) !== 0;
  /** Which registers hold which boxes; what they held at each op's start (an entry loads them); the op being emitted. */
  readonly cache: RegisterCache;
  private readonly cacheAt: (Box | null)[][] = [];
  private cur = 0;
  /** Per box (by slot): a comparison only the guard right after it reads (its flags go straight to the guard's jump). */
  private readonly onlyGuarded: boolean[] = [];
  /** The comparison whose flags are set (op index, -1: none), its result box and its condition. */
  private flagsOp = -1;
  private flagsBox: Box | null = null;
  private flagsCC = 0;
  /** Per guard exit: the slot a fused comparison's result goes to on the way out (-1: none), and its value there. */
  private readonly guardFlagSlots: number[] = [];
  private readonly guardFlagValues: number[] = [];
  /** Ref boxes (by slot) a null check has passed, or made by `new`: not tested again. */
  readonly nonNull = new Set<number>();
  /** A peeled loop's body label: the register each arg is loaded into (-1: none), and where the code after the loads starts (-1: no label). */
  readonly labelRegs: number[] = [];
  bodyLoop = -1;
  /** Operands loaded from their slots stay in registers (held): off while a jump or label is emitted. */
  private reloading = false;
  /** Per box (by slot): the op of a box computed only on the way out (findLazy), or null. */
  private readonly lazyOps: (ResOp | null)[] = [];
  constructor(
    readonly t: CompiledTrace,
    readonly data: JitData,
    /** The trace's number: its exits return id * EXIT_TRACE + the op's index. */
    readonly id: number,
    readonly loops: CompiledTrace[],
    /** The guards' cells (a word per op), then the trace's invalidation word (NativeTrace.invalidFlag). */
    readonly cells: number,
    /** The JIT's raw stack cell (NativeCode.rawTopCell: a call_assembler stacks its callee's frame there). */
    readonly rawCell: number,
    /** Where the code is assembled (emptied first): the backend's one buffer, copied out into the code arena after. */
    readonly b: CodeBuffer,
  ) {
    b.truncate(0);
    // (RTS_JIT_REGISTERS=0: every operand from the frame, to tell a register bug from another)
    this.cache = new RegisterCache(t, ll.envInt("RTS_JIT_REGISTERS", 1) !== 0);
    // how each box is read: as an operand, and by resume data (a guard's, its virtuals', its delayed writes')
    const argUses: number[] = [];
    const resumeUses: number[] = [];
    for (let i = 0; i < t.slots; i++) {
      argUses.push(0);
      resumeUses.push(0);
    }
    for (const op of t.ops) {
      for (const a of op.args) if (!a.isConst) argUses[a.index]++;
      // (per guard, each box once: findGuardedComparisons asks whether another guard reads it)
      if (op.resume !== null) for (const b of failArgsOf(op)) resumeUses[b.index]++;
    }
    this.findGuardedComparisons(argUses, resumeUses);
    this.findLazy(argUses);
  }

  /**
   * The int_add/int_sub of a box and a constant that only resume data
   * reads (the interpreter's stack depths, live at every guard): no code
   * where they are, but on the way out of each guard or exit that needs
   * one (from its base's slot, after the dirty registers are stored).
   */
  private findLazy(argUses: number[]): void {
    for (let i = 0; i < this.t.slots; i++) this.lazyOps.push(null);
    // (not a peeled loop's preamble boxes: code jumping into the body from elsewhere brings the values the body reads)
    const ops = this.t.ops;
    for (let k = this.t.loopLabel; k < ops.length; k++) {
      const op = ops[k];
      const r = op.result;
      if (r === null || r.kind !== KIND_I || argUses[r.index] !== 0 || (op.opnum !== INT_ADD && op.opnum !== INT_SUB)) continue;
      const x = op.args[0];
      const c = op.args[1];
      if (!x.isConst && x.kind === KIND_I && this.isImm32(c)) this.lazyOps[r.index] = op;
    }
  }

  /** The lazy boxes op k's resume data mentions, computed into their slots (bases first). */
  private materialize(k: number): void {
    const op = this.t.ops[k];
    if (op.resume === null) return;
    const need: Box[] = [];
    for (const b of failArgsOf(op)) this.needLazy(b, need);
    for (const r of need) {
      const d = this.lazyOps[r.index]!;
      this.fromSlot(RAX, d.args[0]);
      aluRI(this.b, d.opnum === INT_ADD ? ALU_ADD : ALU_SUB, RAX, d.args[1].intValue);
      store(this.b, RAW, NO_INDEX, 1, this.raw(r.index), RAX);
    }
  }

  private needLazy(b: Box, need: Box[]): void {
    if (b.isConst || b.kind !== KIND_I) return;
    const d = this.lazyOps[b.index];
    if (d === null || need.indexOf(b) >= 0) return;
    this.needLazy(d.args[0], need);
    need.push(b);
  }

  /** Which comparisons' results only the next op, a guard_true/guard_false, reads (besides that guard's resume data: its way out stores the value). */
  private findGuardedComparisons(argUses: number[], resumeUses: number[]): void {
    const ops = this.t.ops;
    for (let i = 0; i < this.t.slots; i++) this.onlyGuarded.push(false);
    for (let k = 0; k + 1 < ops.length && k + 1 < this.limit; k++) {
      const r = ops[k].result;
      // (debug_merge_points between them emit nothing: the guard of the interpreter's next instruction)
      const next = this.realAfter(k);
      if (next >= ops.length || next >= this.limit) continue;
      const g = ops[next];
      if (r === null || r.kind !== KIND_I || g.args.length === 0 || g.args[0] !== r) continue;
      if (g.opnum !== GUARD_TRUE && g.opnum !== GUARD_FALSE) continue;
      // (the guard's own resume data may hold the result: its way out stores the value that made it fail)
      const own = g.resume !== null && failArgsOf(g).indexOf(r) >= 0 ? 1 : 0;
      if (argUses[r.index] === 1 && resumeUses[r.index] === own) this.onlyGuarded[r.index] = true;
    }
    // a test whose only reader is a bool_not right after it that only a guard reads: its flags, inverted, are the
    // guard's (is_null, bool_not, guard_true — the interpreter's `x !== null` — is one test and one jump)
    let prev = -1;
    for (let k = 0; k < ops.length && k < this.limit; k++) {
      const op = ops[k];
      if (op.opnum === DEBUG_MERGE_POINT) continue;
      const r = op.result;
      if (op.opnum === BOOL_NOT && prev >= 0 && r !== null && this.onlyGuarded[r.index]) {
        const x = op.args[0];
        if (!x.isConst && ops[prev].result === x && argUses[x.index] === 1 && resumeUses[x.index] === 0) this.onlyGuarded[x.index] = true;
      }
      prev = k;
    }
  }

  /** The first op after op k that is not a debug_merge_point (they have no code). */
  realAfter(k: number): number {
    let j = k + 1;
    while (j < this.t.ops.length && this.t.ops[j].opnum === DEBUG_MERGE_POINT) j++;
    return j;
  }

  // ---- the frame
  raw(index: number): number {
    return rawSlot(index);
  }

  /** A non-constant box into reg (an xmm register for a float) from its frame slot. */
  fromSlot(reg: number, x: Box): void {
    if (x.kind === KIND_F) movsdLoad(this.b, reg, RAW, NO_INDEX, 1, this.raw(x.index));
    else if (x.kind === KIND_R) load(this.b, reg, ROOTS, NO_INDEX, 1, 8 * x.index);
    else load(this.b, reg, RAW, NO_INDEX, 1, this.raw(x.index));
  }

  /**
   * The cache register of a non-constant operand of the op being emitted,
   * loaded from its slot into one if a later op reads it too (-1: none; not
   * while a jump is emitted, which reads the cache as it is).
   */
  private held(x: Box): number {
    const c = this.cache.find(x);
    if (c >= 0 || !this.reloading) return c;
    const r = this.claim(x, true);
    if (r >= 0) this.fromSlot(r, x);
    return r;
  }

  /** A cache register for x (-1: none is worth it), its dirty box, if it had one, stored first; `operand`: as RegisterCache.remember. */
  private claim(x: Box, operand: boolean): number {
    const c = this.cache.remember(x, this.cur, operand);
    if (c < 0) return -1;
    const old = this.cache.evicted;
    if (old !== null) this.toSlot(c, old);
    return c;
  }

  /** An int (or bool) box into reg; false for a constant it does not load. */
  int(reg: number, x: Box): boolean {
    if (!x.isConst) {
      const c = this.held(x);
      if (c >= 0) movRR(this.b, reg, c);
      else this.fromSlot(reg, x);
      return true;
    }
    if (!loadableInt(x)) return false;
    movRI(this.b, reg, x.intValue);
    return true;
  }

  /** A ref box (an address) into reg: from its root slot, a constant object's, or 0. */
  ref(reg: number, x: Box): void {
    const c = x.isConst ? -1 : this.held(x);
    if (c >= 0) movRR(this.b, reg, c);
    else if (!x.isConst) this.fromSlot(reg, x);
    else if (x.refValue === null) movRI(this.b, reg, 0);
    else {
      // a constant object: its permanent root slot (the collector updates it)
      let j = 0;
      while (j < this.constRefs.length && this.constRefs[j] !== x.refValue) j++;
      if (j === this.constRefs.length) {
        this.constRefs.push(x.refValue);
        const slot = ll.permanentRootsReserve(1);
        ll.store(slot, 0, jitRefAddress(x.refValue));
        this.constSlots.push(slot);
        this.constFixed.push(ll.gcMovable(jitRefAddress(x.refValue)) === 0);
      }
      // (one the collector never moves — an old object, with a non-moving old generation — is its address itself;
      // its root slot still keeps it alive)
      if (this.constFixed[j]) movRI(this.b, reg, jitRefAddress(x.refValue));
      else {
        movRI(this.b, reg, this.constSlots[j]);
        load(this.b, reg, reg, NO_INDEX, 1, 0);
      }
    }
  }

  /**
   * Whether a store of ref box x needs no write barrier: null, or a constant
   * the collector never moves — not a nursery object, and its root slot
   * (made when code loads it) keeps it alive, so no collection needs to hear
   * that an old object points to it (the C backend's rule for constants).
   */
  neverYoung(x: Box): boolean {
    return x.isConst && (x.refValue === null || ll.gcMovable(jitRefAddress(x.refValue)) === 0);
  }

  float(xmm: number, x: Box): void {
    if (!x.isConst) {
      const c = this.held(x);
      if (c >= 0) movapd(this.b, xmm, c);
      else this.fromSlot(xmm, x);
      return;
    }
    // r11: a scratch register no operand lives in
    movRI(this.b, R11, floatBits(x.floatValue));
    movqXR(this.b, xmm, R11);
  }

  /** Any box into reg (floats as their bits); false for an int constant it does not load. */
  value(reg: number, x: Box): boolean {
    if (x.kind === KIND_I) return this.int(reg, x);
    if (x.kind === KIND_R) {
      this.ref(reg, x);
      return true;
    }
    if (!x.isConst) {
      const c = this.cache.find(x);
      if (c >= 0) movqRX(this.b, reg, c);
      else load(this.b, reg, RAW, NO_INDEX, 1, this.raw(x.index));
      return true;
    }
    return false;
  }

  /** The register an int or ref box is in: its cache register, else `scratch` loaded with it (-1: a constant it does not load). */
  inReg(x: Box, scratch: number): number {
    if (x.kind !== KIND_F && !x.isConst) {
      const c = this.held(x);
      if (c >= 0) return c;
    }
    return this.value(scratch, x) ? scratch : -1;
  }

  /** An int constant that fits an instruction's 32-bit immediate. */
  private isImm32(x: Box): boolean {
    return x.isConst && x.kind === KIND_I && fitsInt32(x.intValue);
  }

  /** rax = x op y for add/sub/mul (y as an immediate when it fits); false when an operand does not load. */
  arith(alu: number, x: Box, y: Box): boolean {
    const a = this.inReg(x, RAX);
    if (a < 0) return false;
    if (a !== RAX) movRR(this.b, RAX, a);
    if (this.isImm32(y)) {
      if (alu === ALU_MUL) imulRRI(this.b, RAX, RAX, y.intValue);
      else aluRI(this.b, alu, RAX, y.intValue);
      return true;
    }
    const c = this.inReg(y, RCX);
    if (c < 0) return false;
    if (alu === ALU_MUL) imulRR(this.b, RAX, c);
    else aluRR(this.b, alu, RAX, c);
    return true;
  }

  /** An int result: kept in a register (its slot written when something reads the frame: flushDirty), or stored. */
  setInt(x: Box, reg: number): void {
    if (this.keep(x, reg) >= 0) this.cache.markDirty(x);
    else this.toSlot(reg, x);
  }

  setRef(x: Box, reg: number): void {
    store(this.b, ROOTS, NO_INDEX, 1, 8 * x.index, reg);
    this.keep(x, reg);
  }

  /** x was just computed into reg (a general or an xmm register): the cache register it stays in while a later op needs it (-1: none). */
  private keep(x: Box, reg: number): number {
    const c = this.claim(x, false);
    if (c < 0) return -1;
    if (x.kind === KIND_F) movapd(this.b, c, reg);
    else movRR(this.b, c, reg);
    return c;
  }

  /** Box x's value from reg (an xmm register for a float) into its frame slot. */
  private toSlot(reg: number, x: Box): void {
    if (x.kind === KIND_F) movsdStore(this.b, RAW, NO_INDEX, 1, this.raw(x.index), reg);
    else store(this.b, RAW, NO_INDEX, 1, this.raw(x.index), reg);
  }

  /** The dirty registers' boxes into their slots (`callerSavedOnly`: those a call clobbers). */
  private flushDirty(callerSavedOnly: boolean): void {
    const regs: number[] = [];
    const boxes: Box[] = [];
    this.cache.dirty(callerSavedOnly, regs, boxes);
    this.storeDirty(regs, boxes);
    this.cache.cleaned(callerSavedOnly);
  }

  /**
   * The op being emitted uses `reg` (r8 or r9: a cache register) as a
   * scratch register: its box is stored if dirty and forgotten, and the
   * register is not given out again in this op. Before the op's first
   * branch (a skipped store would leave the slot stale).
   */
  take(reg: number): void {
    const regs: number[] = [];
    const boxes: Box[] = [];
    this.cache.take(reg, regs, boxes);
    this.storeDirty(regs, boxes);
  }

  /** Before a call's arguments are loaded: the caller-saved cache registers (among them the argument registers) taken, as take does. */
  takeCallerSaved(): void {
    this.take(-1);
  }

  /** Before a call instruction: what the call clobbers is flushed. */
  beforeCall(): void {
    this.flushDirty(true);
  }

  /** A call was made: the registers it clobbers, and the refs (objects may have moved), are forgotten. */
  called(): void {
    this.cache.afterCall();
  }

  /** A word (a ref's address or an int) from reg into x's slot. */
  setWord(x: Box, reg: number): void {
    if (x.kind === KIND_R) this.setRef(x, reg);
    else this.setInt(x, reg);
  }

  /** A call's result (rax, or xmm0 for a float; a bool only in al) into its slot. */
  callResult(res: Box | null, bool: boolean): void {
    if (res === null) return;
    if (res.kind === KIND_F) {
      this.setFloat(res, XMM0);
      return;
    }
    if (bool) movzxRR8(this.b, RAX, RAX);
    this.setWord(res, RAX);
  }

  setFloat(x: Box, xmm: number): void {
    if (this.keep(x, xmm) >= 0) this.cache.markDirty(x);
    else this.toSlot(xmm, x);
  }

  /** A guard's exit: through its cell (attachBridge may point it at a bridge; at first, the exit returning k). */
  private guardExit(cc: number, k: number): void {
    const at = jccRel32(this.b, cc, 0);
    this.guardJumps.push(at);
    this.guardOps.push(k);
    this.noteDirty(this.guardDirtyRegs, this.guardDirtyBoxes);
    this.guardFlagSlots.push(-1);
    this.guardFlagValues.push(0);
    // (no entry after it: the runner gets this exit only when the guard fails, and then resumes the interpreter —
    // should it ever go on, it runs the ops itself up to the next entry)
  }

  /** A jump (cc, or always when cc < 0) to an exit returning `k`; `entry`: the runner, having run op k, comes back after it. */
  exitIf(cc: number, k: number, entry = true): void {
    const at = cc < 0 ? jmpRel32(this.b, 0) : jccRel32(this.b, cc, 0);
    this.exits.push(at);
    this.exitCodes.push(k);
    this.noteDirty(this.exitDirtyRegs, this.exitDirtyBoxes);
    if (entry) this.entryAfter[k] = true;
  }

  /** The ops an exit hands to the runner, which enters the code again after each (NativeTrace.runnerRuns). */
  opsEnteredAfter(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.entryAfter.length; k++) if (this.entryAfter[k]) out.push(k);
    return out;
  }

  /** The registers dirty here and their boxes (what an exit from here stores on its way out), onto the lists. */
  private noteDirty(regsOut: number[][], boxesOut: Box[][]): void {
    const regs: number[] = [];
    const boxes: Box[] = [];
    this.cache.dirty(false, regs, boxes);
    regsOut.push(regs);
    boxesOut.push(boxes);
  }

  /** The code of the whole trace, its exits and its entries (a stub loading rsi before each). */
  assemble(): number[] {
    const ops = this.t.ops;
    for (let k = 0; k < ops.length; k++) {
      // (the code at a peeled loop's body label expects no register to hold anything: see loopLabel; the
      // preamble falls through to it with what is dirty stored — the body reads the preamble's boxes it uses from the frame)
      if (k > 0 && ops[k].opnum === LABEL) {
        this.flushDirty(false);
        this.cache.clear();
      }
      this.starts.push(this.b.length);
      this.entryAfter.push(false);
      this.cur = k;
      this.cache.nextOp();
      const held = this.cache.snapshot();
      const heldDirty = this.cache.dirtySnapshot();
      this.cacheAt.push(held);
      const mark = this.b.length;
      const exits = this.exits.length;
      const guards = this.guardJumps.length;
      const barriers = this.barrierJumps.length;
      if (k >= this.limit || !this.op(k)) {
        // not done inline: drop what the op emitted, and leave it to the runner
        this.b.truncate(mark);
        this.cache.restore(held, heldDirty);
        while (this.exits.length > exits) {
          this.exits.pop();
          this.exitCodes.pop();
          this.exitDirtyRegs.pop();
          this.exitDirtyBoxes.pop();
        }
        while (this.guardJumps.length > guards) {
          this.guardJumps.pop();
          this.guardOps.pop();
          this.guardDirtyRegs.pop();
          this.guardDirtyBoxes.pop();
          this.guardFlagSlots.pop();
          this.guardFlagValues.pop();
        }
        while (this.barrierJumps.length > barriers) {
          this.barrierJumps.pop();
          this.barrierRegs.pop();
          this.barrierIndexRegs.pop();
        }
        if (this.flagsOp === k) this.flagsOp = -1;
        this.exitIf(-1, k);
        this.runnerOpIndexes.push(k);
      }
    }
    for (let j = 0; j < this.barrierJumps.length; j++) barrierCall(this, j);
    // a guard's exit reads its cell and goes where it points
    for (let g = 0; g < this.guardJumps.length; g++) {
      const k = this.guardOps[g];
      this.b.patchInt32(this.guardJumps[g], this.b.length - (this.guardJumps[g] + 4));
      this.storeDirty(this.guardDirtyRegs[g], this.guardDirtyBoxes[g]);
      if (this.guardFlagSlots[g] >= 0) storeImm(this.b, RAW, NO_INDEX, 1, this.raw(this.guardFlagSlots[g]), this.guardFlagValues[g]);
      this.materialize(k);
      movRI(this.b, RAX, this.cells + 8 * k);
      load(this.b, RAX, RAX, NO_INDEX, 1, 0);
      jmpR(this.b, RAX);
      this.exitIf(-1, k, false); // (not reached: the exit the cell first points at)
    }
    const exitAt = this.exitAt;
    const guardAt: boolean[] = [];
    for (let k = 0; k < ops.length; k++) guardAt.push(false);
    for (const k of this.guardOps) guardAt[k] = true;
    for (let e = 0; e < this.exits.length; e++) {
      const k = this.exitCodes[e];
      let at = exitAt.get(k);
      if (at === undefined) {
        at = this.b.length;
        exitAt.set(k, at);
        // (a guard's own way out has computed them already)
        if (!guardAt[k]) this.materialize(k);
        movRI(this.b, RAX, this.id * EXIT_TRACE + k + (this.returning.has(k) ? EXIT_RETURN : 0));
        pop(this.b, R11); // (the pad)
        for (let r = SAVED.length - 1; r >= 0; r--) pop(this.b, SAVED[r]);
        ret(this.b);
      }
      if (this.exitDirtyRegs[e].length > 0) {
        // its own way out: what is dirty there to the frame, then the op's exit
        this.b.patchInt32(this.exits[e], this.b.length - (this.exits[e] + 4));
        this.storeDirty(this.exitDirtyRegs[e], this.exitDirtyBoxes[e]);
        jmpRel32(this.b, at - (this.b.length + 5));
        continue;
      }
      this.b.patchInt32(this.exits[e], at - (this.exits[e] + 4));
    }
    const entries: number[] = [];
    for (let k = 0; k < ops.length; k++) {
      if (k === 0 || this.entryAfter[k - 1] || ops[k].opnum === LABEL) {
        // the callee-saved registers the code uses, and a pad: the stack stays 16-byte aligned for calls
        entries.push(this.b.length);
        for (const r of SAVED) push(this.b, r);
        push(this.b, RBP);
        movRR(this.b, RAW, RDI);
        load(this.b, ROOTS, RAW, NO_INDEX, 1, 0);
        // the register cache as the code at op k expects it (the frame holds every box)
        const held = this.cacheAt[k];
        for (let r = 0; r < GPR_CACHE.length; r++) if (held[r] !== null) this.fromSlot(GPR_CACHE[r], held[r]!);
        for (let r = 0; r < XMM_CACHE.length; r++) if (held[GPR_CACHE.length + r] !== null) this.fromSlot(XMM_CACHE[r], held[GPR_CACHE.length + r]!);
        jmpRel32(this.b, this.starts[k] - (this.b.length + 5));
      } else entries.push(-1);
    }
    return entries;
  }

  /**
   * A finish returning from the portal (an entry trace's end): its value
   * in raw word 2 and an exit marked EXIT_RETURN, which a call_assembler's
   * code takes without the runtime (the runner strips the mark).
   */
  private finishReturning(k: number): boolean {
    const op = this.t.ops[k];
    if (!returnsFromPortal(op)) return false;
    if (op.args.length > 0) {
      const x = op.args[0];
      if (x.kind === KIND_F && x.isConst) movRI(this.b, RAX, floatBits(x.floatValue));
      else if (!this.value(RAX, x)) return false;
      store(this.b, RAW, NO_INDEX, 1, 16, RAX);
    }
    this.returning.add(k);
    this.exitIf(-1, k, false);
    return true;
  }

  /** Finishes whose code returns from the portal (their exits are marked EXIT_RETURN). */
  private readonly returning = new Set<number>();

  /** Stores of dirty registers (as a way out saw them) to their boxes' slots. */
  private storeDirty(regs: number[], boxes: Box[]): void {
    for (let i = 0; i < regs.length; i++) this.toSlot(regs[i], boxes[i]);
  }

  private compare(x: Box, y: Box, cc: number, res: Box): boolean {
    if (!this.compareFlags(x, y)) return false;
    this.flagResult(cc, res);
    return true;
  }

  /** The flags of x - y (for a 0, `test`: the same flags for every condition used here, CF and OF clear). */
  private compareFlags(x: Box, y: Box): boolean {
    const a = this.inReg(x, RAX);
    if (a < 0) return false;
    if (this.isImm32(y)) {
      if (y.intValue === 0) testRR(this.b, a, a);
      else aluRI(this.b, ALU_CMP, a, y.intValue);
      return true;
    }
    const c = this.inReg(y, RCX);
    if (c < 0) return false;
    aluRR(this.b, ALU_CMP, a, c);
    return true;
  }

  flagResult(cc: number, res: Box): void {
    if (this.onlyGuarded[res.index]) {
      // the guard after it jumps on these flags; its result is never in the frame (but on the guard's way out)
      this.flagsOp = this.cur;
      this.flagsBox = res;
      this.flagsCC = cc;
      return;
    }
    setcc(this.b, cc, RAX);
    movzxRR8(this.b, RAX, RAX);
    this.setInt(res, RAX);
  }

  /** Float comparisons, false when unordered (NaN) except `!=`: ucomisd sets CF, ZF and PF. */
  private floatCompare(opnum: number, x: Box, y: Box, res: Box): void {
    const swap = opnum === FLOAT_LT || opnum === FLOAT_LE;
    this.float(XMM0, swap ? y : x);
    this.float(XMM1, swap ? x : y);
    ucomisd(this.b, XMM0, XMM1);
    if (opnum === FLOAT_LT || opnum === FLOAT_GT) this.flagResult(CC_A, res);
    else if (opnum === FLOAT_LE || opnum === FLOAT_GE) this.flagResult(CC_AE, res);
    else {
      const eq = opnum === FLOAT_EQ;
      setcc(this.b, eq ? CC_E : CC_NE, RAX);
      setcc(this.b, eq ? CC_NP : CC_P, RCX);
      movzxRR8(this.b, RAX, RAX);
      movzxRR8(this.b, RCX, RCX);
      aluRR(this.b, eq ? ALU_AND : ALU_OR, RAX, RCX);
      // (the and/or left ZF clear when the result is 1: a guard right after jumps on that)
      if (this.onlyGuarded[res.index]) this.flagResult(CC_NE, res);
      else this.setInt(res, RAX);
    }
  }

  private op(k: number): boolean {
    const op = this.t.ops[k];
    const a = op.args;
    const res = op.result;
    // (not in a call_assembler either: its paths must leave the cache as they found it)
    this.reloading = op.opnum !== JUMP && op.opnum !== LABEL && op.assembler === null;
    switch (op.opnum) {
      case INT_ADD:
      case INT_SUB:
      case INT_MUL:
        if (this.lazyOps[res!.index] !== null) return true;
        if (!this.arith(op.opnum === INT_MUL ? ALU_MUL : op.opnum === INT_ADD ? ALU_ADD : ALU_SUB, a[0], a[1])) return false;
        this.setInt(res!, RAX);
        return true;
      case INT_NEG:
        if (!this.int(RAX, a[0])) return false;
        negR(this.b, RAX);
        this.setInt(res!, RAX);
        return true;
      case INT_LT:
        return this.compare(a[0], a[1], CC_L, res!);
      case INT_LE:
        return this.compare(a[0], a[1], CC_LE, res!);
      case INT_GT:
        return this.compare(a[0], a[1], CC_G, res!);
      case INT_GE:
        return this.compare(a[0], a[1], CC_GE, res!);
      case INT_EQ:
      case PTR_EQ:
        return this.compare(a[0], a[1], CC_E, res!);
      case INT_NE:
      case PTR_NE:
        return this.compare(a[0], a[1], CC_NE, res!);
      case INT_IS_TRUE:
      case PTR_NONZERO:
      case BOOL_NOT:
        if (op.opnum === BOOL_NOT && this.flagsOp >= 0 && this.realAfter(this.flagsOp) === k && this.flagsBox === a[0]) {
          // the test just before left its flags for this one: the opposite condition, no code
          this.flagResult(this.flagsCC ^ 1, res!);
          return true;
        }
      // falls through
      case PTR_ISZERO: {
        const r = this.inReg(a[0], RAX);
        if (r < 0) return false;
        testRR(this.b, r, r);
        this.flagResult(op.opnum === INT_IS_TRUE || op.opnum === PTR_NONZERO ? CC_NE : CC_E, res!);
        return true;
      }
      case UINT_LT: {
        // x >= 0 && x < y (the executor's definition)
        if (!this.int(RAX, a[0]) || !this.int(RCX, a[1])) return false;
        movRI(this.b, RDX, 0);
        testRR(this.b, RAX, RAX);
        const neg = jccRel32(this.b, CC_S, 0);
        aluRR(this.b, ALU_CMP, RAX, RCX);
        setcc(this.b, CC_L, RDX);
        movzxRR8(this.b, RDX, RDX);
        this.b.patchInt32(neg, this.b.length - (neg + 4));
        this.setInt(res!, RDX);
        return true;
      }
      case FLOAT_ADD:
      case FLOAT_SUB:
      case FLOAT_MUL:
      case FLOAT_DIV:
        this.float(XMM0, a[0]);
        this.float(XMM1, a[1]);
        sseArith(this.b, op.opnum === FLOAT_ADD ? SSE_ADD : op.opnum === FLOAT_SUB ? SSE_SUB : op.opnum === FLOAT_MUL ? SSE_MUL : SSE_DIV, XMM0, XMM1);
        this.setFloat(res!, XMM0);
        return true;
      case FLOAT_NEG:
        // flip the sign bit
        if (!this.value(RAX, a[0])) return false;
        movRIWords(this.b, RCX, -2147483648, 0);
        aluRR(this.b, ALU_XOR, RAX, RCX);
        store(this.b, RAW, NO_INDEX, 1, this.raw(res!.index), RAX);
        return true;
      case FLOAT_LT:
      case FLOAT_LE:
      case FLOAT_GT:
      case FLOAT_GE:
      case FLOAT_EQ:
      case FLOAT_NE:
        this.floatCompare(op.opnum, a[0], a[1], res!);
        return true;
      case CAST_INT_TO_FLOAT:
        if (!this.int(RAX, a[0])) return false;
        cvtsi2sd(this.b, XMM0, RAX);
        this.setFloat(res!, XMM0);
        return true;
      case GUARD_TRUE:
      case GUARD_FALSE:
        if (this.flagsOp >= 0 && this.realAfter(this.flagsOp) === k && this.flagsBox === a[0]) {
          // x86 conditions come in pairs: cc ^ 1 is the opposite
          const fails = op.opnum === GUARD_TRUE ? this.flagsCC ^ 1 : this.flagsCC;
          this.guardExit(fails, k);
          // leaving, the comparison's result is what made the guard fail (the runner looks at it again)
          this.guardFlagSlots[this.guardFlagSlots.length - 1] = a[0].index;
          this.guardFlagValues[this.guardFlagValues.length - 1] = op.opnum === GUARD_TRUE ? 0 : 1;
          return true;
        }
        {
          const r = this.inReg(a[0], RAX);
          if (r < 0) return false;
          testRR(this.b, r, r);
        }
        this.guardExit(op.opnum === GUARD_TRUE ? CC_E : CC_NE, k);
        return true;
      case GUARD_VALUE:
        if (a[0].kind === KIND_F || !this.compareFlags(a[0], a[1])) return false;
        this.guardExit(CC_NE, k);
        return true;
      case NEW:
        return allocate(this, k);
      case CALL:
        return op.assembler !== null ? callAssembler(this, k) : call(this, k);
      case FINISH:
        return this.finishReturning(k);
      case GUARD_NOT_INVALIDATED:
        // the trace's invalidation word, past the guards' cells (a quasi-immutable field it folded changed: 1)
        movRI(this.b, RAX, this.cells + 8 * this.t.ops.length);
        load(this.b, RAX, RAX, NO_INDEX, 1, 0);
        testRR(this.b, RAX, RAX);
        this.guardExit(CC_NE, k);
        return true;
      case GUARD_NO_EXCEPTION:
        // after a call the code made (one the runner made leaves its exception to the runner's guard)
        movRI(this.b, RCX, this.excCell);
        load(this.b, RAX, RCX, NO_INDEX, 1, 0);
        testRR(this.b, RAX, RAX);
        this.exitIf(CC_NE, k);
        return true;
      case GETFIELD:
        return getfield(this, k);
      case SETFIELD:
        return setfield(this, k);
      case JUMP:
        return jump(this, k);
      case LABEL:
        if (k > 0) loopLabel(this, k);
        return true;
      case DEBUG_MERGE_POINT:
        return true;
      case OP:
        return inlineOp(this, k);
    }
    return false;
  }

}

export class X86NativeCode extends NativeCode {
  readonly arch = ll.ARCH_X86_64;
  /**
   * The buffer every trace is assembled in: a buffer per trace, doubled as
   * it filled, made a large object or two per compile — and large objects
   * count towards the next major collection (a fifth of the backend's time
   * in the Python deltablue benchmark was collections they started).
   */
  private readonly scratch = new CodeBuffer(65536);

  compile(t: CompiledTrace, data: JitData): void {
    const id = this.nextId();
    const cellBytes = 8 * t.ops.length + 8;
    const cells = this.allocCells(cellBytes);
    if (cells === 0) return;
    ll.store(cells, 8 * t.ops.length, 0); // (the invalidation word: not invalidated)
    const asm = new TraceAssembler(t, data, id, this.loops, cells, this.rawTopCell(), this.scratch);
    const entries = asm.assemble();
    const placed = this.placeCode(asm.b.bytes, asm.b.length);
    if (placed === null) return;
    const code = placed.addr;
    t.native = new NativeTrace(code, placed.size, entries, id, 0); // op 0's code comes first
    t.native.inArena = placed.inArena;
    t.native.body = asm.starts[t.loopLabel];
    t.native.cells = cells;
    t.native.cellBytes = cellBytes;
    t.native.invalidFlag = cells + 8 * t.ops.length;
    t.native.runnerOps = asm.runnerOpIndexes.length;
    if (asm.runnerOpIndexes.length > 0) t.native.runnerOpIndexes = asm.runnerOpIndexes;
    t.native.runnerRuns = asm.opsEnteredAfter();
    for (const k of asm.guardOps) ll.store(cells, 8 * k, code + asm.exitAt.get(k)!);
    this.addTrace(t, asm.jumpsTo);
  }

  /**
   * Guard k's cell points at a stub that moves the guard's fail args into
   * the bridge's inputs and jumps to the bridge's code — when the run's
   * frame holds the bridge (one that began before it was compiled may not:
   * then to the exit as before).
   */
  attachBridge(t: CompiledTrace, k: number, bridge: CompiledTrace): void {
    const n = t.native;
    const bn = bridge.native;
    if (n === null || bn === null || n.cells === 0) return;
    const from = failArgsOf(t.ops[k]);
    const to = bridge.inputArgs;
    if (from.length !== to.length) return;
    const b = new CodeBuffer(256);
    const before = ll.load(n.cells, 8 * k);
    load(b, RAX, RAW, NO_INDEX, 1, 8);
    aluRI(b, ALU_CMP, RAX, bn.needSlots);
    const small = jccRel32(b, CC_L, 0);
    load(b, RAX, RAW, NO_INDEX, 1, 24);
    aluRI(b, ALU_CMP, RAX, bn.needRoots);
    const fewRoots = jccRel32(b, CC_L, 0);
    for (const x of from) {
      if (x.kind === KIND_R) load(b, RAX, ROOTS, NO_INDEX, 1, 8 * x.index);
      else load(b, RAX, RAW, NO_INDEX, 1, rawSlot(x.index));
      push(b, RAX);
    }
    for (let j = to.length - 1; j >= 0; j--) {
      pop(b, RAX);
      if (to[j].kind === KIND_R) store(b, ROOTS, NO_INDEX, 1, 8 * to[j].index, RAX);
      else store(b, RAW, NO_INDEX, 1, rawSlot(to[j].index), RAX);
    }
    movRI(b, RAX, bn.code + bn.start);
    jmpR(b, RAX);
    b.patchInt32(small, b.length - (small + 4));
    b.patchInt32(fewRoots, b.length - (fewRoots + 4));
    movRI(b, RAX, before);
    jmpR(b, RAX);
    const stub = this.placeCode(b.bytes, b.length);
    if (stub === null) return;
    bn.exitBefore = before;
    ll.store(n.cells, 8 * k, stub.addr);
  }
}

// the JIT picks the backend for the machine it runs on (portal.ts)
NATIVE_BACKENDS.push(new X86NativeCode());

/** The module's entry for the translator (the JIT's x86-64 plugin adds the module to programs translated with --jit). */
export function x86AnnotationRoot(): void {}
