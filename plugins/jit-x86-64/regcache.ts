// Which registers hold which boxes of a trace as its code is emitted: the
// x86-64 backend's register allocation.  A result stays in a register
// while a later op needs it, so operands come from registers instead of
// memory.  An int or float result kept in a register is not stored to its
// frame slot until something reads the frame (the register is *dirty*):
// a guard's or another exit's way out (the trace runner, bridges and
// resume read the frame), a call that clobbers the register, the
// register's eviction, a label.  A ref is always stored too (its root slot
// is what the GC sees and updates).  Registers are given out by next use
// over the linear trace (Belady: the box used farthest ahead is evicted
// first).  A call clobbers the caller-saved ones and may move objects:
// refs are dropped after it.  The caller-saved ones include the SysV
// argument registers and r8/r9, which a few ops also use as scratch: such
// an op takes them first (`take`: stored if dirty, forgotten, and not given
// out again until the next op).  RTS code.
import { Box, CompiledTrace, KIND_F, KIND_R, LABEL } from "../../framework/jit/runtime/resoperation.ts";
import { R10, R13, R14, R15, R8, R9, RBP, RDI, RSI } from "./encoder.ts";

/** General registers that hold ints and refs (the callee-saved ones first; from R10 on they do not survive calls), and the xmm registers that hold floats (none do). */
export const GPR_CACHE = [R13, R14, R15, RBP, R10, RSI, RDI, R8, R9];
export const XMM_CACHE = [8, 9, 10, 11, 12, 13, 14, 15];
const CALLEE_SAVED = [true, true, true, true, false, false, false, false, false];
const NEVER = 1000000000;

export class RegisterCache {
  readonly gpr: (Box | null)[] = [];
  readonly xmm: (Box | null)[] = [];
  /** Per register: its box's frame slot is not written yet. */
  readonly gprDirty: boolean[] = [];
  readonly xmmDirty: boolean[] = [];
  /** Per register: taken by the op being emitted as a scratch or argument register (not given out until the next op). */
  readonly gprTaken: boolean[] = [];
  /** Set by remember: a dirty box it evicted (the caller stores it from the register first), or null. */
  evicted: Box | null = null;
  /** Per box (by its slot number): the ops that read it as an operand, in order. */
  private readonly uses: number[][] = [];

  constructor(
    t: CompiledTrace,
    /** false: no register holds anything (every operand from the frame). */
    private readonly enabled: boolean,
  ) {
    for (let k = 0; k < GPR_CACHE.length; k++) {
      this.gpr.push(null);
      this.gprDirty.push(false);
      this.gprTaken.push(false);
    }
    for (let k = 0; k < XMM_CACHE.length; k++) {
      this.xmm.push(null);
      this.xmmDirty.push(false);
    }
    for (let i = 0; i < t.slots; i++) this.uses.push([]);
    for (let k = 0; k < t.ops.length; k++) {
      // (a label's args are boxes it defines, not reads)
      if (t.ops[k].opnum === LABEL) continue;
      for (const a of t.ops[k].args) {
        if (a.isConst) continue;
        const u = this.uses[a.index];
        if (u.length === 0 || u[u.length - 1] !== k) u.push(k);
      }
    }
  }

  /** The first op after op k that reads x (NEVER: none). */
  private nextUse(x: Box, k: number): number {
    for (const u of this.uses[x.index]) if (u > k) return u;
    return NEVER;
  }

  /** The register holding x, or -1. */
  find(x: Box): number {
    if (x.isConst) return -1;
    const regs = x.kind === KIND_F ? this.xmm : this.gpr;
    for (let k = 0; k < regs.length; k++) if (regs[k] === x) return x.kind === KIND_F ? XMM_CACHE[k] : GPR_CACHE[k];
    return -1;
  }

  /**
   * x, just computed by op k, is to stay in a register: which (-1: none is
   * worth it; the caller moves it there).  `operand`: x is an operand of op
   * k loaded from its slot (the registers op k's other operands are in are kept).
   */
  remember(x: Box, k: number, operand = false): number {
    const mine = this.nextUse(x, k);
    if (mine === NEVER || !this.enabled) return -1;
    const isFloat = x.kind === KIND_F;
    const regs = isFloat ? this.xmm : this.gpr;
    let best = -1;
    let bestUse = mine;
    for (let r = 0; r < regs.length; r++) {
      if (!isFloat && this.gprTaken[r]) continue;
      const held = regs[r];
      const use = held === null ? NEVER + 1 : this.nextUse(held, operand ? k - 1 : k);
      if (use > bestUse) {
        best = r;
        bestUse = use;
      }
    }
    this.evicted = null;
    if (best < 0) return -1;
    const dirty = isFloat ? this.xmmDirty : this.gprDirty;
    if (dirty[best]) this.evicted = regs[best];
    regs[best] = x;
    dirty[best] = false;
    return isFloat ? XMM_CACHE[best] : GPR_CACHE[best];
  }

  /**
   * The op being emitted uses general register `reg` (a GPR_CACHE one, or
   * -1 for every caller-saved one) itself: the boxes they held are forgotten
   * (their dirty ones first onto `boxes`, their registers onto `regs`, for the
   * caller to store) and the registers not given out until `nextOp`.
   */
  take(reg: number, regs: number[], boxes: Box[]): void {
    for (let r = 0; r < this.gpr.length; r++) {
      if (reg < 0 ? CALLEE_SAVED[r] : GPR_CACHE[r] !== reg) continue;
      if (this.gprDirty[r]) {
        regs.push(GPR_CACHE[r]);
        boxes.push(this.gpr[r]!);
      }
      this.gpr[r] = null;
      this.gprDirty[r] = false;
      this.gprTaken[r] = true;
    }
  }

  /** A new op: no register is taken. */
  nextOp(): void {
    for (let r = 0; r < this.gprTaken.length; r++) this.gprTaken[r] = false;
  }

  /** Box x, held in a register (just remembered), has no value in its frame slot yet. */
  markDirty(x: Box): void {
    const regs = x.kind === KIND_F ? this.xmm : this.gpr;
    const dirty = x.kind === KIND_F ? this.xmmDirty : this.gprDirty;
    for (let r = 0; r < regs.length; r++) if (regs[r] === x) dirty[r] = true;
  }

  /** The dirty registers (general ones as GPR_CACHE numbers, xmm ones as xmm numbers) and their boxes; `callerSavedOnly`: those a call clobbers. */
  dirty(callerSavedOnly: boolean, regs: number[], boxes: Box[]): void {
    for (let r = 0; r < this.gpr.length; r++) {
      if (this.gprDirty[r] && (!callerSavedOnly || !CALLEE_SAVED[r])) {
        regs.push(GPR_CACHE[r]);
        boxes.push(this.gpr[r]!);
      }
    }
    for (let r = 0; r < this.xmm.length; r++) {
      if (this.xmmDirty[r]) {
        regs.push(XMM_CACHE[r]);
        boxes.push(this.xmm[r]!);
      }
    }
  }

  /** The registers' boxes are in their slots now (flushed), all or the caller-saved ones. */
  cleaned(callerSavedOnly: boolean): void {
    for (let r = 0; r < this.gpr.length; r++) if (!callerSavedOnly || !CALLEE_SAVED[r]) this.gprDirty[r] = false;
    for (let r = 0; r < this.xmm.length; r++) this.xmmDirty[r] = false;
  }

  /** After a call: the caller-saved registers are clobbered, and objects may have moved. */
  afterCall(): void {
    for (let r = 0; r < this.gpr.length; r++) {
      const held = this.gpr[r];
      if (held !== null && (!CALLEE_SAVED[r] || held.kind === KIND_R)) this.gpr[r] = null;
    }
    for (let r = 0; r < this.xmm.length; r++) this.xmm[r] = null;
    this.nextOp();
    // (a register the call clobbered held nothing dirty: beforeCall flushed them)
  }

  /** Nothing in any register (where jumps arrive with every value in the frame; the dirty ones are flushed first). */
  clear(): void {
    for (let r = 0; r < this.gpr.length; r++) {
      this.gpr[r] = null;
      this.gprDirty[r] = false;
    }
    for (let r = 0; r < this.xmm.length; r++) {
      this.xmm[r] = null;
      this.xmmDirty[r] = false;
    }
  }

  /** What the registers hold now (gpr then xmm), to restore or to load at an entry. */
  snapshot(): (Box | null)[] {
    const s: (Box | null)[] = [];
    for (const b of this.gpr) s.push(b);
    for (const b of this.xmm) s.push(b);
    return s;
  }

  /** Which registers are dirty now (gpr then xmm), to restore. */
  dirtySnapshot(): boolean[] {
    return this.gprDirty.concat(this.xmmDirty);
  }

  restore(s: (Box | null)[], dirty: boolean[]): void {
    for (let r = 0; r < this.gpr.length; r++) {
      this.gpr[r] = s[r];
      this.gprDirty[r] = dirty[r];
    }
    for (let r = 0; r < this.xmm.length; r++) {
      this.xmm[r] = s[this.gpr.length + r];
      this.xmmDirty[r] = dirty[this.gpr.length + r];
    }
  }
}
