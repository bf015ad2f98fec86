// The blackhole interpreter (RPython's blackhole.py): runs jitcodes on real
// values, without tracing.  The JIT uses it to finish running the
// interpreter from a failing guard up to the next merge point; it is also
// the simplest executor of jitcodes, which is how the codewriter is tested
// (framework/jit/llgraph runs whole programs through it).  RTS code.
import { toFloat } from "rts/rlib";
import {
  CATCH_EXCEPTION, FATAL_UNLESS, FLOAT_COPY, FLOAT_GUARD_VALUE, FLOAT_RETURN, GETFIELD_F, GETFIELD_I, GETFIELD_R, GOTO, GOTO_IF_NOT, INLINE_CALL_F, INLINE_CALL_I, INLINE_CALL_R, INLINE_CALL_V, INT_COPY, INT_GUARD_VALUE, INT_RETURN, JIT_MERGE_POINT, LAST_EXC_VALUE, LIVE, LOOP_HEADER, NEW, NOT_AN_ENTRY, OP_F, OP_I, OP_R, OP_V, RAISE, REF_COPY, REF_GUARD_VALUE, REF_RETURN, RERAISE, RESIDUAL_CALL_F, RESIDUAL_CALL_I, RESIDUAL_CALL_R, RESIDUAL_CALL_V, SETFIELD_F, SETFIELD_I, SETFIELD_R, SWITCH,
  UNREACHABLE, VOID_RETURN, INT_ISCONSTANT, REF_ISCONSTANT, FLOAT_ISCONSTANT, RECORD_QUASIIMMUT_FIELD,
} from "../insns.ts";
import { ARITH_IN, ARITH_KINDS, ARITH_OUT, CAST_INT_TO_FLOAT, arithOfInsn, execFloat, execFloatCompare, execInt, execRef } from "./executor.ts";
import type { Cpu } from "./cpu.ts";
import { KIND_F, KIND_I, KIND_R } from "./resoperation.ts";
import { STORE_F64, STORE_NONE, STORE_PTR, startRegisters, type GcRef, type JitCode, type JitData } from "./jitdata.ts";

/** How a run of the blackhole ended. */
export const RETURNED = 0;
export const RAISED = 1;
/** A portal frame reached its jit_merge_point (pc at it): the JIT decides what comes next. */
export const AT_MERGE_POINT = 2;

/** One jitcode activation: its registers (constants copied in after them) and where it is. */
export class BlackholeFrame {
  readonly regsI: number[];
  readonly regsR: (GcRef | null)[];
  readonly regsF: number[];
  pc = 0;
  resultI = 0;
  resultR: GcRef | null = null;
  resultF = 0;
  /** The exception that left the frame (run returned false). */
  exception: GcRef | null = null;
  /** The exception a handler is running for (last_exc_value, reraise). */
  caught: GcRef | null = null;
  /** The interpreter's portal: run() stops at its jit_merge_point, unless passMergePoint says to go on once. */
  isPortal = false;
  /** A portal frame a trace inlined (an inner frame of a guard's resume data): at its merge point it calls the portal (callPortal). */
  inlinedPortal = false;
  passMergePoint = false;
  /** Resumed frames (resume.ts): where the result of the call this frame waits for goes (kind: 0 int, 1 ref, 2 float, 3 none). */
  waitKind = 3;
  waitReg = -1;
  /** `registers` false: a frame that only receives a portal's result (portal.ts), with no register files. */
  constructor(readonly jitcode: JitCode, registers = true) {
    if (!registers) {
      this.regsI = [];
      this.regsR = [];
      this.regsF = [];
      return;
    }
    if (jitcode.startI === null) {
      jitcode.startI = startRegisters(jitcode.numRegsI, 0, jitcode.constsI, (c) => c);
      jitcode.startR = startRegisters<GcRef | null, GcRef | null>(jitcode.numRegsR, null, jitcode.constsR, (c) => c);
      jitcode.startF = startRegisters(jitcode.numRegsF, 0.0, jitcode.constsF, (c) => c);
    }
    this.regsI = jitcode.startI.slice(0);
    this.regsR = jitcode.startR!.slice(0);
    this.regsF = jitcode.startF!.slice(0);
  }

  /** As made, for another call of its jitcode (Blackhole.spare): its constants are where they were, the other registers are written before they are read. */
  reset(): void {
    this.pc = 0;
    this.resultI = 0;
    this.resultR = null;
    this.resultF = 0;
    this.exception = null;
    this.caught = null;
    this.isPortal = false;
    this.inlinedPortal = false;
    this.passMergePoint = false;
    this.waitKind = 3;
    this.waitReg = -1;
  }
}

/** Spare frames kept per jitcode (a recursion deeper than this makes the rest anew). */
const SPARE_FRAMES = 8;

export class Blackhole {
  /** Nested inline calls being run, and how many the interpreter's recursion may reach (then RangeError, as the interpreter's stack check raises). */
  depth = 0;
  maxDepth = 20000;
  constructor(
    readonly cpu: Cpu,
    readonly data: JitData,
  ) {}

  /**
   * Portal frame f (an inlined call of the portal function, not the
   * outermost frame) is at its merge point: the call goes on by calling the
   * portal function itself with the merge point's values — its parameters
   * are registers 0, 1, ... of each kind there — so the callee runs as the
   * interpreter does, in compiled code and its own loops, instead of in the
   * blackhole to its end (RPython's bhimpl_jit_merge_point in a frame called
   * by recursion).  Its result is f's: RETURNED or RAISED; -1 when there is
   * no call descr of the portal to make the call with (the blackhole runs on).
   */
  private callPortal(f: BlackholeFrame, driver: number): number {
    const d = this.portalDescr(driver);
    if (d < 0) return -1;
    const code = f.jitcode.code;
    const counts = [0, 0, 0];
    let p = f.pc + 1;
    for (let list = 0; list < 6; list++) {
      const n = code[p];
      counts[list % 3] += n;
      p += n + 1;
    }
    const ints: number[] = [];
    const refs: (GcRef | null)[] = [];
    const floats: number[] = [];
    for (let k = 0; k < counts[0]; k++) ints.push(f.regsI[k]);
    for (let k = 0; k < counts[1]; k++) refs.push(f.regsR[k]);
    for (let k = 0; k < counts[2]; k++) floats.push(f.regsF[k]);
    const cpu = this.cpu;
    const storage = this.data.descrs[d].storage;
    if (storage === STORE_NONE) cpu.bhCallV(d, ints, refs, floats);
    else if (storage === STORE_F64) f.resultF = cpu.bhCallF(d, ints, refs, floats);
    else if (storage === STORE_PTR) f.resultR = cpu.bhCallR(d, ints, refs, floats);
    else f.resultI = cpu.bhCallI(d, ints, refs, floats);
    const exc = cpu.takeException();
    if (exc === null) return RETURNED;
    f.exception = exc;
    return RAISED;
  }

  /** A call descr of driver's portal function (found once per driver), or -1. */
  private portalDescr(driver: number): number {
    while (this.portalDescrs.length <= driver) this.portalDescrs.push(-2);
    if (this.portalDescrs[driver] === -2) {
      let d = -1;
      for (let k = 0; k < this.data.descrs.length && d < 0; k++) if (this.data.descrs[k].portal === driver) d = k;
      this.portalDescrs[driver] = d;
    }
    return this.portalDescrs[driver];
  }
  private readonly portalDescrs: number[] = [];

  /**
   * Frames of inline calls that returned, by jitcode, for its next call
   * (RPython's blackhole interpreters are pooled so): a new frame copies its
   * jitcode's register files, constants included — hundreds of registers
   * for the Python interpreter's helpers, at every call the blackhole makes
   * after a guard fails.
   */
  // (a list by jitcode index, not a map: two map lookups per guard failure were a twentieth of its time)
  private readonly spare: BlackholeFrame[][] = [];

  /** A frame for `jc`, spare or new, as made: what it runs writes its registers before it reads them (or resume data fills them). */
  take(jc: JitCode): BlackholeFrame {
    const pool = jc.index < this.spare.length ? this.spare[jc.index] : null;
    if (pool === null || pool.length === 0) return new BlackholeFrame(jc);
    const f = pool.pop()!;
    f.reset();
    return f;
  }

  /** A frame for `jc` with its parameters in registers 0, 1, ... of each kind. */
  frame(jc: JitCode, ints: number[], refs: (GcRef | null)[], floats: number[]): BlackholeFrame {
    const f = this.take(jc);
    for (let k = 0; k < ints.length; k++) f.regsI[k] = ints[k];
    for (let k = 0; k < refs.length; k++) f.regsR[k] = refs[k];
    for (let k = 0; k < floats.length; k++) f.regsF[k] = floats[k];
    return f;
  }

  /** A frame made by take() that nothing uses any more: spare for the next one of its jitcode (its refs dropped, not kept alive). */
  release(f: BlackholeFrame): void {
    const jc = f.jitcode;
    // (not a frame without registers: a result's)
    if (f.regsI.length !== jc.numRegsI + jc.constsI.length || f.regsR.length !== jc.numRegsR + jc.constsR.length || f.regsF.length !== jc.numRegsF + jc.constsF.length) return;
    while (this.spare.length <= jc.index) this.spare.push([]);
    const pool = this.spare[jc.index];
    if (pool.length >= SPARE_FRAMES) return;
    const regs = f.regsR;
    for (let k = 0; k < jc.numRegsR; k++) regs[k] = null;
    pool.push(f);
  }

  private listI(f: BlackholeFrame): number[] {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    const out: number[] = [];
    for (let k = 0; k < n; k++) out.push(f.regsI[code[f.pc++]]);
    return out;
  }

  private listR(f: BlackholeFrame): (GcRef | null)[] {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    const out: (GcRef | null)[] = [];
    for (let k = 0; k < n; k++) out.push(f.regsR[code[f.pc++]]);
    return out;
  }

  private listF(f: BlackholeFrame): number[] {
    const code = f.jitcode.code;
    const n = code[f.pc++];
    const out: number[] = [];
    for (let k = 0; k < n; k++) out.push(f.regsF[code[f.pc++]]);
    return out;
  }

  /**
   * An exception at f.pc (just after the instruction that raised): a
   * catch_exception there (after the resume point) handles it; otherwise it
   * leaves the frame.  False when it leaves.
   */
  caught(f: BlackholeFrame, exc: GcRef | null): boolean {
    const code = f.jitcode.code;
    let p = f.pc;
    if (code[p] === LIVE) p += 2;
    if (code[p] === CATCH_EXCEPTION) {
      f.caught = exc;
      f.pc = code[p + 1];
      return true;
    }
    f.exception = exc;
    return false;
  }

  /** Runs f from f.pc until it returns, an exception leaves it (f.exception), or (a portal) it reaches its merge point. */
  run(f: BlackholeFrame): number {
    const cpu = this.cpu;
    const code = f.jitcode.code;
    const ri = f.regsI;
    const rr = f.regsR;
    const rf = f.regsF;
    for (;;) {
      const op = code[f.pc++];
      switch (op) {
        case LIVE:
          f.pc++;
          break;
        case GOTO:
          f.pc = code[f.pc];
          break;
        case GOTO_IF_NOT: {
          const c = ri[code[f.pc]];
          f.pc = c === 0 ? code[f.pc + 1] : f.pc + 2;
          break;
        }
        case SWITCH: {
          const v = ri[code[f.pc]];
          const target = this.data.descrs[code[f.pc + 1]].cases!.get(v);
          f.pc = target === undefined ? f.pc + 2 : target;
          break;
        }
        case INT_RETURN:
          f.resultI = ri[code[f.pc]];
          return RETURNED;
        case REF_RETURN:
          f.resultR = rr[code[f.pc]];
          return RETURNED;
        case FLOAT_RETURN:
          f.resultF = rf[code[f.pc]];
          return RETURNED;
        case VOID_RETURN:
          return RETURNED;
        case RAISE:
          f.exception = rr[code[f.pc]];
          return RAISED;
        case RERAISE:
          f.exception = f.caught;
          return RAISED;
        case CATCH_EXCEPTION:
          // reached without an exception: go on
          f.pc++;
          break;
        case LAST_EXC_VALUE:
          rr[code[f.pc++]] = f.caught;
          break;
        case INT_COPY:
          ri[code[f.pc + 1]] = ri[code[f.pc]];
          f.pc += 2;
          break;
        case REF_COPY:
          rr[code[f.pc + 1]] = rr[code[f.pc]];
          f.pc += 2;
          break;
        case FLOAT_COPY:
          rf[code[f.pc + 1]] = rf[code[f.pc]];
          f.pc += 2;
          break;
        case JIT_MERGE_POINT: {
          if (f.isPortal && !f.passMergePoint) {
            f.pc--;
            return AT_MERGE_POINT;
          }
          // a portal frame a trace inlined (a guard failed inside the call): the rest of the call runs through the portal
          if (f.inlinedPortal && !f.passMergePoint && this.data.portals[code[f.pc]] === f.jitcode) {
            const status = this.callPortal(f, code[f.pc]);
            if (status >= 0) return status;
          }
          f.passMergePoint = false;
          f.pc++;
          for (let k = 0; k < 6; k++) f.pc += code[f.pc] + 1;
          break;
        }
        case LOOP_HEADER:
        case NOT_AN_ENTRY:
          f.pc++;
          break;
        case INT_GUARD_VALUE:
        case REF_GUARD_VALUE:
        case FLOAT_GUARD_VALUE:
          f.pc++;
          break;
        case INT_ISCONSTANT:
        case REF_ISCONSTANT:
        case FLOAT_ISCONSTANT:
          // nothing is a constant outside a trace
          ri[code[f.pc + 1]] = 0;
          f.pc += 2;
          break;
        case RECORD_QUASIIMMUT_FIELD:
          // (the field's read follows: outside a trace it is a read like any other)
          f.pc += 3;
          break;
        case FATAL_UNLESS:
          if (ri[code[f.pc]] === 0) cpu.bhFatal(code[f.pc + 1]);
          f.pc += 2;
          break;
        case INLINE_CALL_I:
        case INLINE_CALL_R:
        case INLINE_CALL_F:
        case INLINE_CALL_V: {
          const callee = this.data.descrs[code[f.pc++]].jitcode!;
          const ints = this.listI(f);
          const refs = this.listR(f);
          const floats = this.listF(f);
          const g = this.frame(callee, ints, refs, floats);
          let ok = false;
          if (this.depth >= this.maxDepth) g.exception = cpu.stackOverflow();
          else {
            this.depth++;
            try {
              ok = this.run(g) === RETURNED;
            } catch (e) {
              // the blackhole's own stack ran out (its stack check, or Node's): the
              // interpreter's stack overflow, raised at this call
              if (!(e instanceof RangeError)) throw e;
              g.exception = cpu.stackOverflow();
            } finally {
              this.depth--;
            }
          }
          if (!ok) {
            const exc = g.exception;
            this.release(g);
            if (op !== INLINE_CALL_V) f.pc++;
            if (!this.caught(f, exc)) return RAISED;
            break;
          }
          if (op === INLINE_CALL_I) ri[code[f.pc++]] = g.resultI;
          else if (op === INLINE_CALL_R) rr[code[f.pc++]] = g.resultR;
          else if (op === INLINE_CALL_F) rf[code[f.pc++]] = g.resultF;
          this.release(g);
          break;
        }
        case RESIDUAL_CALL_I:
        case RESIDUAL_CALL_R:
        case RESIDUAL_CALL_F:
        case RESIDUAL_CALL_V:
        case OP_I:
        case OP_R:
        case OP_F:
        case OP_V: {
          const d = code[f.pc++];
          const ints = this.listI(f);
          const refs = this.listR(f);
          const floats = this.listF(f);
          if (op === RESIDUAL_CALL_I) ri[code[f.pc++]] = cpu.bhCallI(d, ints, refs, floats);
          else if (op === RESIDUAL_CALL_R) rr[code[f.pc++]] = cpu.bhCallR(d, ints, refs, floats);
          else if (op === RESIDUAL_CALL_F) rf[code[f.pc++]] = cpu.bhCallF(d, ints, refs, floats);
          else if (op === RESIDUAL_CALL_V) cpu.bhCallV(d, ints, refs, floats);
          else if (op === OP_I) ri[code[f.pc++]] = cpu.bhOpI(d, ints, refs, floats);
          else if (op === OP_R) rr[code[f.pc++]] = cpu.bhOpR(d, ints, refs, floats);
          else if (op === OP_F) rf[code[f.pc++]] = cpu.bhOpF(d, ints, refs, floats);
          else cpu.bhOpV(d, ints, refs, floats);
          if (this.data.descrs[d].canRaise) {
            const exc = cpu.takeException();
            if (exc !== null && !this.caught(f, exc)) return RAISED;
          }
          break;
        }
        case GETFIELD_I:
          ri[code[f.pc + 2]] = cpu.bhGetfieldI(rr[code[f.pc]], code[f.pc + 1]);
          f.pc += 3;
          break;
        case GETFIELD_R:
          rr[code[f.pc + 2]] = cpu.bhGetfieldR(rr[code[f.pc]], code[f.pc + 1]);
          f.pc += 3;
          break;
        case GETFIELD_F:
          rf[code[f.pc + 2]] = cpu.bhGetfieldF(rr[code[f.pc]], code[f.pc + 1]);
          f.pc += 3;
          break;
        case SETFIELD_I:
          cpu.bhSetfieldI(rr[code[f.pc]], code[f.pc + 1], ri[code[f.pc + 2]]);
          f.pc += 3;
          break;
        case SETFIELD_R:
          cpu.bhSetfieldR(rr[code[f.pc]], code[f.pc + 1], rr[code[f.pc + 2]]);
          f.pc += 3;
          break;
        case SETFIELD_F:
          cpu.bhSetfieldF(rr[code[f.pc]], code[f.pc + 1], rf[code[f.pc + 2]]);
          f.pc += 3;
          break;
        case UNREACHABLE:
          cpu.bhFatal(code[f.pc]);
          return RAISED;
        case NEW:
          rr[code[f.pc + 1]] = cpu.bhNew(code[f.pc]);
          f.pc += 2;
          break;
        default:
          this.pure(f, op);
      }
    }
  }

  /**
   * Runs a chain of frames rebuilt at a guard (resume.ts), innermost last:
   * each returns into its caller's waiting register, or its exception goes
   * to the caller's handler; `exc` is an exception pending where the
   * innermost frame resumes.  The outermost frame's status is the result.
   */
  runChain(frames: BlackholeFrame[], exc: GcRef | null): number {
    let pending = exc;
    let k = frames.length - 1;
    for (;;) {
      const f = frames[k];
      let status = RAISED;
      if (pending !== null && !this.caught(f, pending)) status = RAISED;
      else status = this.run(f);
      pending = null;
      if (k === 0) return status;
      const caller = frames[k - 1];
      if (status === RETURNED) {
        if (caller.waitKind === 0) caller.regsI[caller.waitReg] = f.resultI;
        else if (caller.waitKind === 1) caller.regsR[caller.waitReg] = f.resultR;
        else if (caller.waitKind === 2) caller.regsF[caller.waitReg] = f.resultF;
      } else pending = f.exception;
      k--;
    }
  }

  /** The arithmetic instructions (executor.ts has their semantics). */
  private pure(f: BlackholeFrame, op: number): void {
    const code = f.jitcode.code;
    const a = code[f.pc];
    const b = code[f.pc + 1];
    const opnum = arithOfInsn(op);
    const kinds = opnum > 0 && opnum < ARITH_KINDS.length ? ARITH_KINDS[opnum] : "";
    if (kinds === "") throw new Error("blackhole: unknown jitcode instruction " + op);
    // binary forms have three operands (two in, one out), unary ones two
    const binary = kinds.length === 3;
    const res = binary ? code[f.pc + 2] : b;
    const y = binary ? b : a;
    const out = ARITH_OUT[opnum];
    if (opnum === CAST_INT_TO_FLOAT) f.regsF[res] = toFloat(f.regsI[a]);
    else if (ARITH_IN[opnum] === KIND_I) f.regsI[res] = execInt(opnum, f.regsI[a], f.regsI[y]);
    else if (ARITH_IN[opnum] === KIND_R) f.regsI[res] = execRef(opnum, f.regsR[a], f.regsR[y]);
    else if (out === KIND_F) f.regsF[res] = execFloat(opnum, f.regsF[a], f.regsF[y]);
    else f.regsI[res] = execFloatCompare(opnum, f.regsF[a], f.regsF[y]);
    f.pc += binary ? 3 : 2;
  }
}
