// The x86-64 machine-code backend of the JIT (RPython's backend/x86), RTS
// code translated with the program.  This first version compiles the
// prefix of a trace that it handles inline: int arithmetic and comparisons,
// guards, the interpreter's checked int arithmetic (jsint_add, jsint_sub),
// items and lengths of u8 and i32 typed arrays, and the jump back to the
// loop's start; the code stops at the first operation it does not handle
// (or at a check that fails: an overflow, an index out of range) and
// returns that operation's index, and the trace runner goes on from there
// (framework/jit/runtime/native.ts).  Values live in a buffer of 8-byte
// slots, one per box of the trace (no register allocation yet); refs are
// addresses, valid because the code calls nothing that could collect.
import * as ll from "rts/ll";
import type { JitData } from "../../framework/jit/runtime/jitdata.ts";
import type { GcRef } from "../../framework/jit/runtime/jitdata.ts";
import { NATIVE_BACKENDS, NativeCode } from "../../framework/jit/runtime/native.ts";
import {
  Box, BOOL_NOT, CompiledTrace, GUARD_FALSE, GUARD_TRUE, GUARD_VALUE, INT_ADD, INT_EQ, INT_GE, INT_GT, INT_IS_TRUE, INT_LE, INT_LT, INT_MUL, INT_NE, INT_NEG, INT_SUB, JUMP, KIND_F, KIND_I, KIND_R, OP,
  PTR_EQ, PTR_ISZERO, PTR_NE, PTR_NONZERO, UINT_LT,
} from "../../framework/jit/runtime/resoperation.ts";
import { jitRefAddress } from "../../framework/jit/runtime/translated-cpu.ts";
import { CodeBuffer } from "./codebuf.ts";
import {
  ALU_ADD, ALU_CMP, ALU_SUB, CC_A, CC_AE, CC_E, CC_G, CC_GE, CC_L, CC_LE, CC_NE, CC_O, CC_S, NO_INDEX, RAX, RCX, RDI, RDX, SHIFT_SAR,
  aluRI, aluRR, imulRR, jccRel32, jmpRel32, load, loadNarrow, movRI, movRR, movzxRR8, negR, ret, setcc, shiftRI, store, storeNarrow, testRR,
} from "./encoder.ts";

const TWO_53 = 9007199254740992;

/** Code for one trace, or null when nothing of it compiles. */
class TraceAssembler {
  readonly b = new CodeBuffer(256);
  /** Exits: the displacement to patch, and the operation index the code returns. */
  private readonly exits: number[] = [];
  private readonly exitCodes: number[] = [];
  constructor(
    readonly t: CompiledTrace,
    readonly data: JitData,
  ) {}

  private slot(b: Box): number {
    return 8 * b.index;
  }

  /** Loads an int or ref box into reg; false for a constant it cannot load. */
  private value(reg: number, x: Box): boolean {
    if (!x.isConst) {
      load(this.b, reg, RDI, NO_INDEX, 1, this.slot(x));
      return true;
    }
    if (x.kind === KIND_I) {
      if (x.intValue < -TWO_53 || x.intValue > TWO_53) return false;
      movRI(this.b, reg, x.intValue);
      return true;
    }
    if (x.kind === KIND_R && x.refValue === null) {
      movRI(this.b, reg, 0);
      return true;
    }
    return false; // a constant object: its address may change
  }

  private result(x: Box, reg: number): void {
    store(this.b, RDI, NO_INDEX, 1, this.slot(x), reg);
  }

  /** A jump (cc, or always when cc < 0) to an exit returning `k`. */
  private exitIf(cc: number, k: number): void {
    const at = cc < 0 ? jmpRel32(this.b, 0) : jccRel32(this.b, cc, 0);
    this.exits.push(at);
    this.exitCodes.push(k);
  }

  /** Code for every operation it can; the first it cannot ends the code there. */
  assemble(): boolean {
    const ops = this.t.ops;
    const start = this.b.length;
    let k = 0;
    for (; k < ops.length; k++) if (!this.op(k, start)) break;
    if (k === 0) return false;
    // the operation the trace runner goes on with
    if (k < ops.length) {
      movRI(this.b, RAX, k);
      ret(this.b);
    }
    for (let e = 0; e < this.exits.length; e++) {
      this.b.patchInt32(this.exits[e], this.b.length - (this.exits[e] + 4));
      movRI(this.b, RAX, this.exitCodes[e]);
      ret(this.b);
    }
    return true;
  }

  private compare(x: Box, y: Box, cc: number, res: Box): boolean {
    if (!this.value(RAX, x) || !this.value(RCX, y)) return false;
    aluRR(this.b, ALU_CMP, RAX, RCX);
    setcc(this.b, cc, RAX);
    movzxRR8(this.b, RAX, RAX);
    this.result(res, RAX);
    return true;
  }

  private op(k: number, start: number): boolean {
    const op = this.t.ops[k];
    const a = op.args;
    for (const x of a) if (x.kind === KIND_F) return false;
    if (op.result !== null && op.result.kind === KIND_F) return false;
    const res = op.result;
    switch (op.opnum) {
      case INT_ADD:
      case INT_SUB:
      case INT_MUL:
        if (!this.value(RAX, a[0]) || !this.value(RCX, a[1])) return false;
        if (op.opnum === INT_MUL) imulRR(this.b, RAX, RCX);
        else aluRR(this.b, op.opnum === INT_ADD ? ALU_ADD : ALU_SUB, RAX, RCX);
        this.result(res!, RAX);
        return true;
      case INT_NEG:
        if (!this.value(RAX, a[0])) return false;
        negR(this.b, RAX);
        this.result(res!, RAX);
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
      case PTR_ISZERO:
        if (!this.value(RAX, a[0])) return false;
        testRR(this.b, RAX, RAX);
        setcc(this.b, op.opnum === INT_IS_TRUE || op.opnum === PTR_NONZERO ? CC_NE : CC_E, RAX);
        movzxRR8(this.b, RAX, RAX);
        this.result(res!, RAX);
        return true;
      case UINT_LT: {
        // x >= 0 && x < y (the executor's definition)
        if (!this.value(RAX, a[0]) || !this.value(RCX, a[1])) return false;
        movRI(this.b, RDX, 0);
        testRR(this.b, RAX, RAX);
        const neg = jccRel32(this.b, CC_S, 0);
        aluRR(this.b, ALU_CMP, RAX, RCX);
        setcc(this.b, CC_L, RDX);
        movzxRR8(this.b, RDX, RDX);
        this.b.patchInt32(neg, this.b.length - (neg + 4));
        this.result(res!, RDX);
        return true;
      }
      case GUARD_TRUE:
      case GUARD_FALSE:
        if (!this.value(RAX, a[0])) return false;
        testRR(this.b, RAX, RAX);
        this.exitIf(op.opnum === GUARD_TRUE ? CC_E : CC_NE, k);
        return true;
      case GUARD_VALUE:
        if (!this.value(RAX, a[0]) || !this.value(RCX, a[1])) return false;
        aluRR(this.b, ALU_CMP, RAX, RCX);
        this.exitIf(CC_NE, k);
        return true;
      case JUMP:
        return this.jump(k, start);
      case OP:
        return this.inlineOp(k);
    }
    return false;
  }

  /** The loop's jump to its own start: the jump's values become the inputs (all read before any is written). */
  private jump(k: number, start: number): boolean {
    const op = this.t.ops[k];
    if (op.descr >= 0) return false; // into another loop: the trace runner enters it
    const inputs = this.t.inputArgs;
    if (op.args.length !== inputs.length) return false;
    // refs stay what they are (an address is only good for this run); ints go through the stack of scratch slots
    for (let i = 0; i < inputs.length; i++) {
      const x = op.args[i];
      if (inputs[i].kind === KIND_R && x !== inputs[i]) return false;
    }
    const moved: number[] = [];
    for (let i = 0; i < inputs.length; i++) {
      const x = op.args[i];
      if (inputs[i].kind !== KIND_I || x === inputs[i]) continue;
      if (!this.value(RAX, x)) return false;
      // scratch: below the trace's own slots (the buffer has room for them)
      store(this.b, RDI, NO_INDEX, 1, 8 * (this.t.slots + moved.length), RAX);
      moved.push(i);
    }
    for (let m = 0; m < moved.length; m++) {
      load(this.b, RAX, RDI, NO_INDEX, 1, 8 * (this.t.slots + m));
      store(this.b, RDI, NO_INDEX, 1, this.slot(inputs[moved[m]]), RAX);
    }
    jmpRel32(this.b, start - (this.b.length + 5));
    return true;
  }

  /** The ops compiled inline; a failing check exits at the op, which the trace runner then runs (and fails) itself. */
  private inlineOp(k: number): boolean {
    const op = this.t.ops[k];
    const a = op.args;
    const info = this.data.descrs[op.descr];
    const name = info.opName;
    if (name === "jsint_add" || name === "jsint_sub") {
      if (!this.value(RAX, a[0]) || !this.value(RCX, a[1])) return false;
      aluRR(this.b, name === "jsint_add" ? ALU_ADD : ALU_SUB, RAX, RCX);
      this.exitIf(CC_O, k);
      // beyond ±2^53 JavaScript rounds: the trace runner does that
      movRR(this.b, RCX, RAX);
      shiftRI(this.b, SHIFT_SAR, RCX, 53);
      aluRI(this.b, ALU_ADD, RCX, 1);
      aluRI(this.b, ALU_CMP, RCX, 1);
      this.exitIf(CC_A, k);
      this.result(op.result!, RAX);
      return true;
    }
    const size = info.elem === "u8" ? 1 : info.elem === "i32" ? 4 : 0;
    if (size === 0) return false;
    if (name === "typed_len") {
      if (!this.array(RCX, a[0], k)) return false;
      load(this.b, RAX, RCX, NO_INDEX, 1, 8);
      this.result(op.result!, RAX);
      return true;
    }
    if (name === "typed_getitem" || name === "typed_getitem_opt") {
      // operands: the index (ints first), the array
      if (!this.array(RCX, a[1], k) || !this.index(RAX, a[0], k)) return false;
      loadNarrow(this.b, RAX, size, size === 4, RCX, RAX, size, 16);
      this.result(op.result!, RAX);
      return true;
    }
    if (name === "typed_setitem") {
      // operands: the index, the value, the array
      if (!this.array(RCX, a[2], k) || !this.index(RAX, a[0], k) || !this.value(RDX, a[1])) return false;
      storeNarrow(this.b, size, RCX, RAX, size, 16, RDX);
      return true;
    }
    return false;
  }

  /** The array into reg, exiting at op k when it is null. */
  private array(reg: number, x: Box, k: number): boolean {
    if (x.kind !== KIND_R || !this.value(reg, x)) return false;
    testRR(this.b, reg, reg);
    this.exitIf(CC_E, k);
    return true;
  }

  /** An index of the array in RCX into reg, exiting at op k when it is out of range (negative ones too: unsigned). */
  private index(reg: number, x: Box, k: number): boolean {
    if (!this.value(reg, x)) return false;
    const len = RDX;
    load(this.b, len, RCX, NO_INDEX, 1, 8);
    aluRR(this.b, ALU_CMP, reg, len);
    this.exitIf(CC_AE, k);
    return true;
  }
}

export class X86NativeCode extends NativeCode {
  readonly arch = ll.ARCH_X86_64;
  /** The value slots (one buffer for every run: runs do not nest). */
  private buffer = 0;
  private bufferSize = 0;

  compile(t: CompiledTrace, data: JitData): void {
    const asm = new TraceAssembler(t, data);
    if (!asm.assemble()) return;
    const n = asm.b.length;
    const size = (n + 4095) & ~4095;
    const code = ll.mapMemory(size);
    if (code === 0) return;
    for (let i = 0; i < n; i++) ll.storeU8(code, i, asm.b.bytes[i]);
    if (ll.executable(code, size) === 0) {
      ll.unmapMemory(code, size);
      return;
    }
    t.nativeCode = code;
    t.nativeSize = size;
  }

  execute(t: CompiledTrace, vi: number[], vr: (GcRef | null)[], _vf: number[]): number {
    // the slots and as many scratch slots again (the loop's jump)
    const need = 16 * (t.slots + 1);
    if (need > this.bufferSize) {
      if (this.buffer !== 0) ll.unmapMemory(this.buffer, this.bufferSize);
      this.bufferSize = (need + 4095) & ~4095;
      this.buffer = ll.mapMemory(this.bufferSize);
      if (this.buffer === 0) ll.fatal("out of memory (the JIT's value slots)");
    }
    const buf = this.buffer;
    for (const b of t.inputArgs) {
      if (b.kind === KIND_I) ll.store(buf, 8 * b.index, vi[b.index]);
      else if (b.kind === KIND_R) ll.store(buf, 8 * b.index, jitRefAddress(vr[b.index]));
    }
    const k = ll.callCode(t.nativeCode, buf);
    // what the code computed: the inputs (the loop's jump rewrote them) and the results before op k
    for (const b of t.inputArgs) if (b.kind === KIND_I) vi[b.index] = ll.load(buf, 8 * b.index);
    for (let i = 0; i < k; i++) {
      const r = t.ops[i].result;
      if (r !== null && r.kind === KIND_I) vi[r.index] = ll.load(buf, 8 * r.index);
    }
    return k;
  }
}

// the JIT picks the backend for the machine it runs on (portal.ts)
NATIVE_BACKENDS.push(new X86NativeCode());

/** The module's entry for the translator (the JIT's x86-64 plugin adds the module to programs translated with --jit). */
export function x86AnnotationRoot(): void {}
