// The x86-64 backend's code for the heap (native.ts has the assembler):
// inline allocation from the GC's nursery, direct calls, instance fields
// with the write-barrier check, list and typed-array items and lengths,
// instanceof and checked casts, and the runtime's jitOpWord* calls for
// the other ops.  A check that fails exits at the op, which the runner
// then runs itself.  RTS code.
import * as ll from "rts/ll";
import type { TraceAssembler } from "./native.ts";
import { XMM_CACHE } from "./regcache.ts";
import { ALU_MUL, INT_ARGS, XMM0, loadableInt } from "./native-regs.ts";
import { int32Op, isInt32Op } from "./native-int32.ts";
import { divisionOp, isDivisionOp } from "./native-arith.ts";
import {
  aluMI, ALU_ADD, ALU_AND, ALU_CMP, ALU_SUB, CC_A, CC_NS, negR, CC_AE, CC_E, CC_GE, CC_L, CC_NE, CC_O, NO_INDEX, R10, R11, R8, R9, RAX, RCX, RDI, RDX, RSI, RSP, SHIFT_SAR, pop, push, aluRI, aluRM, aluRR, callR, jccRel32, jmpRel32, lea, load, loadNarrow, movRI, movRR,
  movsdLoad, movsdStore, movzxRR8, setcc, sseArith, SSE_SQRT, movRIWords, movqRX, movqXR, ucomisd, CC_BE, CC_NP, CC_P, SHIFT_SHL, SHIFT_SHR, shiftRI, store, storeImm, storeNarrow, testMI8, testRR,
} from "./encoder.ts";
import { GUARD_NO_EXCEPTION, GUARD_TRUE, KIND_F, KIND_I, KIND_R, itemList, itemValue } from "../../framework/jit/runtime/resoperation.ts";
import type { Box } from "../../framework/jit/runtime/resoperation.ts";
import { OPT_BOOL, OPT_INT, OPT_PTR, STORE_BOOL, STORE_F64, STORE_I64, STORE_PTR } from "../../framework/jit/runtime/jitdata.ts";
import { jitCallAddress, jitOpWordAddress } from "../../framework/jit/runtime/translated-cpu.ts";

/**
 * An instance carved out of the nursery (rts.h rts_gc_malloc_bump): the
 * size rounded up to 8 and at least 16, the type id in the header, the
 * rest already zero; when it does not fit (or the GC wants every
 * allocation: top 0) the runner allocates, and may collect.
 */
export function allocate(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const info = asm.data.descrs[op.descr];
  const size = info.offset < 16 ? 16 : (info.offset + 7) & ~7;
  if (asm.bumpCell === 0 || size >= 16384) return false;
  bump(asm, k, size);
  storeImm(asm.b, RAX, NO_INDEX, 1, 0, info.tid); // tid, and GC flags 0
  asm.setRef(op.result!, RAX);
  asm.nonNull.add(op.result!.index);
  return true;
}

/** `size` bytes of the nursery into rax (rcx and rdx used), or an exit at op k when they do not fit (the runner then does the op). */
function bump(asm: TraceAssembler, k: number, size: number): void {
  movRI(asm.b, RCX, asm.bumpCell);
  load(asm.b, RAX, RCX, NO_INDEX, 1, 0);
  load(asm.b, RDX, RCX, NO_INDEX, 1, 8);
  aluRR(asm.b, ALU_SUB, RDX, RAX);
  aluRI(asm.b, ALU_CMP, RDX, size);
  asm.exitIf(CC_L, k);
  lea(asm.b, RDX, RAX, NO_INDEX, 1, size);
  store(asm.b, RCX, NO_INDEX, 1, 0, RDX);
}

/**
 * A call of the function itself (SysV: ints and pointers in rdi, rsi,
 * rdx, rcx, r8, r9, doubles in xmm0-7; the result in rax or xmm0, a bool
 * in al).  The callee may collect: the code reads every ref from its root
 * slot again after it.  One that may raise is followed by its
 * guard_no_exception, which reads the pending exception.
 */
export function call(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const info = asm.data.descrs[op.descr];
  if (info.callArgs === null) return false;
  if (info.canRaise && (k + 1 >= asm.t.ops.length || asm.t.ops[k + 1].opnum !== GUARD_NO_EXCEPTION)) return false;
  if (!directCall(asm, k)) return false;
  asm.called();
  asm.callResult(op.result, info.storage === STORE_BOOL);
  return true;
}

/** The call instruction of op k (a call whose descr has callArgs), its arguments loaded first; false when one does not load. */
export function directCall(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const kinds = asm.data.descrs[op.descr].callArgs!;
  // the trace's operands come ints, refs, floats; the function's in its own order
  const lists: Box[][] = [[], [], []];
  for (const x of op.args) lists[x.kind].push(x);
  const taken = [0, 0, 0];
  const inRegs: Box[] = [];
  const onStack: Box[] = [];
  let nf = 0;
  let ni = 0;
  for (const kind of kinds) {
    const x = lists[kind][taken[kind]++];
    if (x === undefined) return false;
    if (kind === KIND_F) {
      if (nf++ === 8) return false;
      inRegs.push(x);
    } else if (ni++ < INT_ARGS.length) inRegs.push(x);
    else onStack.push(x);
  }
  asm.takeCallerSaved();
  // the System V ABI's arguments past the sixth int: on the stack in order, the stack aligned to 16 at the call
  // (the frame's slots are addressed from RAW, not rsp: pushing moves none of them)
  const pad = onStack.length % 2;
  if (pad) aluRI(asm.b, ALU_SUB, RSP, 8);
  for (let i = onStack.length - 1; i >= 0; i--) {
    if (!asm.value(RAX, onStack[i])) return false;
    push(asm.b, RAX);
  }
  ni = 0;
  nf = 0;
  for (const x of inRegs) {
    if (x.kind === KIND_F) asm.float(nf++, x);
    else if (!asm.value(INT_ARGS[ni++], x)) return false;
  }
  movRI(asm.b, RAX, jitCallAddress(op.descr));
  asm.beforeCall();
  callR(asm.b, RAX);
  if (onStack.length > 0) aluRI(asm.b, ALU_ADD, RSP, 8 * (onStack.length + pad));
  return true;
}

/** The object operand of a field access or list op into reg, exiting at op k when it is null. */
export function object(asm: TraceAssembler, reg: number, x: Box, k: number): void {
  const r = objectIn(asm, reg, x, k);
  if (r !== reg) movRR(asm.b, reg, r);
}

/**
 * The object operand of a field or list access, null-checked (exiting at op
 * k) unless known: the cache register that holds it, or `scratch`.
 */
function objectIn(asm: TraceAssembler, scratch: number, x: Box, k: number): number {
  const r = asm.inReg(x, scratch);
  if (x.isConst ? x.refValue !== null : asm.nonNull.has(x.index)) return r;
  testRR(asm.b, r, r);
  asm.exitIf(CC_E, k);
  // past here (and past the runner's own check, should it run the op) it is not null
  if (!x.isConst) asm.nonNull.add(x.index);
  return r;
}

export function getfield(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const info = asm.data.descrs[op.descr];
  const res = op.result!;
  const off = info.offset;
  if (info.storage === STORE_F64) {
    const obj = objectIn(asm, RCX, op.args[0], k);
    movsdLoad(asm.b, XMM0, obj, NO_INDEX, 1, off);
    asm.setFloat(res, XMM0);
    return true;
  }
  if (info.storage !== STORE_I64 && info.storage !== STORE_BOOL && info.storage !== STORE_PTR) return false;
  const obj = objectIn(asm, RCX, op.args[0], k);
  if (info.storage === STORE_BOOL) loadNarrow(asm.b, RAX, 1, false, obj, NO_INDEX, 1, off);
  else load(asm.b, RAX, obj, NO_INDEX, 1, off);
  asm.setWord(res, RAX);
  return true;
}

export function setfield(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const info = asm.data.descrs[op.descr];
  const v = op.args[1];
  const off = info.offset;
  if (info.storage === STORE_F64) {
    const obj = objectIn(asm, RCX, op.args[0], k);
    asm.float(XMM0, v);
    movsdStore(asm.b, obj, NO_INDEX, 1, off, XMM0);
    return true;
  }
  if (info.storage !== STORE_I64 && info.storage !== STORE_BOOL && info.storage !== STORE_PTR) return false;
  // (the object and the value where the register cache has them)
  const obj = objectIn(asm, RCX, op.args[0], k);
  const x = asm.inReg(v, RAX);
  if (x < 0) return false;
  if (info.storage === STORE_PTR && !asm.neverYoung(v)) barrier(asm, obj, k, -1);
  if (info.storage === STORE_BOOL) storeNarrow(asm.b, 1, obj, NO_INDEX, 1, off, x);
  else store(asm.b, obj, NO_INDEX, 1, off, x);
  return true;
}

/**
 * Before a pointer store into the object in reg (an item of it: index in
 * indexReg): when the GC wants to hear of it (the object is old and not yet
 * remembered), a call of its write barrier, out of line (barrierCall, at
 * the end of the trace's code), which comes back to the store.
 */
export function barrier(asm: TraceAssembler, reg: number, k: number, indexReg: number): void {
  if (asm.barrierFlag === 0) return;
  const b = asm.b;
  // (the flag is in the header's flags word at 4; a byte test when it is one of the low eight bits)
  if (asm.barrierFlag < 256) testMI8(b, reg, NO_INDEX, 1, 4, asm.barrierFlag);
  else {
    // (r11: no cache register — the op's operands may be in any of those, a list store's index too)
    loadNarrow(b, R11, 4, false, reg, NO_INDEX, 1, 4);
    aluRI(b, ALU_AND, R11, asm.barrierFlag);
  }
  if (ll.gcBarrierFunction(0) === 0) {
    asm.exitIf(CC_NE, k); // (no barrier function to call: the runner does the store)
    return;
  }
  asm.barrierJumps.push(jccRel32(b, CC_NE, 0));
  asm.barrierRegs.push(reg);
  asm.barrierIndexRegs.push(indexReg);
}

/** The registers a C call may clobber that can hold something at a pointer store (every caller-saved one). */
const SAVED_GPRS = [RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11];

/**
 * Barrier call j (see barrier): saves what the C function may clobber — the
 * caller-saved cache registers and the op's scratch ones, since nothing was
 * flushed for it — calls the GC's barrier, restores them, and jumps back.
 */
export function barrierCall(asm: TraceAssembler, j: number): void {
  const b = asm.b;
  const jump = asm.barrierJumps[j];
  const reg = asm.barrierRegs[j];
  const indexReg = asm.barrierIndexRegs[j];
  b.patchInt32(jump, b.length - (jump + 4));
  for (const r of SAVED_GPRS) push(b, r);
  // (the stack stays 16-byte aligned: 9 pushes, and 8 xmm slots with 8 bytes of padding)
  aluRI(b, ALU_SUB, RSP, 8 * XMM_CACHE.length + 8);
  for (let x = 0; x < XMM_CACHE.length; x++) movsdStore(b, RSP, NO_INDEX, 1, 8 * x, XMM_CACHE[x]);
  // (the index first: the object's register is never rsi; -1: a field, -2 - i: the constant index i)
  if (indexReg >= 0) movRR(b, RSI, indexReg);
  else if (indexReg <= -2) movRI(b, RSI, -2 - indexReg);
  movRR(b, RDI, reg);
  movRI(b, RAX, ll.gcBarrierFunction(indexReg !== -1 ? 1 : 0));
  callR(b, RAX);
  for (let x = 0; x < XMM_CACHE.length; x++) movsdLoad(b, XMM_CACHE[x], RSP, NO_INDEX, 1, 8 * x);
  aluRI(b, ALU_ADD, RSP, 8 * XMM_CACHE.length + 8);
  for (let r = SAVED_GPRS.length - 1; r >= 0; r--) pop(b, SAVED_GPRS[r]);
  jmpRel32(b, jump + 4 - (b.length + 5));
}

/** Ops of the op table done inline; a failing check exits at the op, which the runner then runs (and fails) itself. */
export function inlineOp(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const info = asm.data.descrs[op.descr];
  const name = info.opName;
  // (a division that may raise exits to the runner where it would: the guard_no_exception after it then passes)
  if (isDivisionOp(name)) return divisionOp(asm, k, name);
  // (one that may raise, through jitOpWord*, with the guard_no_exception after it that reads what it raised)
  // (list_new_filled of a constant length that is one — a virtual list the optimizer makes for real — raises nothing)
  const raises = info.canRaise && !(name === "list_new_filled" && a[0].isConst && a[0].intValue >= 0 && a[0].intValue <= 4294967295);
  if (raises) return (k + 1 < asm.t.ops.length && asm.t.ops[k + 1].opnum === GUARD_NO_EXCEPTION) && wordOp(asm, k);
  if (isInt32Op(name)) return int32Op(asm, k, name);
  if ((name === "float_is_nan" || name === "float_is_finite") && a[0].kind === KIND_F) {
    // (a Python float operation's checks of its result: through jitOpWordI, each cost a call that saved the xmm cache)
    asm.float(XMM0, a[0]);
    if (name === "float_is_nan") {
      ucomisd(asm.b, XMM0, XMM0); // unordered with itself: PF
      asm.flagResult(CC_P, op.result!);
      return true;
    }
    // finite: the exponent's 11 bits, past the sign, are not all ones
    movqRX(asm.b, RAX, XMM0);
    shiftRI(asm.b, SHIFT_SHL, RAX, 1);
    shiftRI(asm.b, SHIFT_SHR, RAX, 53);
    aluRI(asm.b, ALU_CMP, RAX, 0x7ff);
    asm.flagResult(CC_NE, op.result!);
    return true;
  }
  if (name === "float_sqrt" && a[0].kind === KIND_F) {
    // (Math.sqrt is IEEE's correctly rounded square root: sqrtsd; through jitOpWordF before, a call that saved the xmm cache)
    asm.float(XMM0, a[0]);
    sseArith(asm.b, SSE_SQRT, XMM0, XMM0);
    asm.setFloat(op.result!, XMM0);
    return true;
  }
  if (name === "jsint_add" || name === "jsint_sub" || name === "jsint_mul") {
    if (!asm.arith(name === "jsint_add" ? ALU_ADD : name === "jsint_sub" ? ALU_SUB : ALU_MUL, a[0], a[1])) return false;
    asm.exitIf(CC_O, k);
    // beyond ±2^53 JavaScript rounds: the runner does that
    movRR(asm.b, RCX, RAX);
    shiftRI(asm.b, SHIFT_SAR, RCX, 53);
    aluRI(asm.b, ALU_ADD, RCX, 1);
    aluRI(asm.b, ALU_CMP, RCX, 1);
    asm.exitIf(CC_A, k);
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (name === "jsint_neg" || name === "int_abs" || name === "jsint_abs") {
    // (negating -2^63 overflows: the runner's op stops the program; int_abs wraps as the C does)
    if (!asm.int(RAX, a[0])) return false;
    let positive = -1;
    if (name !== "jsint_neg") {
      testRR(asm.b, RAX, RAX);
      positive = jccRel32(asm.b, CC_NS, 0);
    }
    negR(asm.b, RAX);
    if (name !== "int_abs") asm.exitIf(CC_O, k);
    if (positive >= 0) asm.b.patchInt32(positive, asm.b.length - (positive + 4));
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (name === "instanceof") {
    // non-null and tid in [tid, tidMax]: a null reads as tid 0, which no class has (tid - tid underflows: above the range);
    // the flags go to the guard after it, if that is all that reads the result
    if (a[0].kind !== KIND_R) return false;
    asm.ref(RCX, a[0]);
    if (a[0].isConst ? a[0].refValue !== null : asm.nonNull.has(a[0].index)) loadNarrow(asm.b, RDX, 4, false, RCX, NO_INDEX, 1, 0);
    else {
      movRI(asm.b, RDX, 0);
      testRR(asm.b, RCX, RCX);
      const isNull = jccRel32(asm.b, CC_E, 0);
      loadNarrow(asm.b, RDX, 4, false, RCX, NO_INDEX, 1, 0);
      asm.b.patchInt32(isNull, asm.b.length - (isNull + 4));
      // (past a guard that it is an instance, it is not null)
      const g = asm.t.ops[asm.realAfter(k)];
      if (!a[0].isConst && g !== undefined && g.opnum === GUARD_TRUE && g.args[0] === op.result) asm.nonNull.add(a[0].index);
    }
    aluRI(asm.b, ALU_SUB, RDX, info.tid);
    aluRI(asm.b, ALU_CMP, RDX, info.tidMax - info.tid);
    asm.flagResult(CC_BE, op.result!);
    return true;
  }
  if (name === "checked_cast") {
    if (a[0].kind !== KIND_R) return false;
    asm.ref(RCX, a[0]);
    // null, or the same class: else the runner's op stops the program as the interpreter would
    testRR(asm.b, RCX, RCX);
    const isNull = jccRel32(asm.b, CC_E, 0);
    loadNarrow(asm.b, RDX, 4, false, RCX, NO_INDEX, 1, 0);
    aluRI(asm.b, ALU_SUB, RDX, info.tid);
    aluRI(asm.b, ALU_CMP, RDX, info.tidMax - info.tid);
    asm.exitIf(CC_A, k);
    asm.b.patchInt32(isNull, asm.b.length - (isNull + 4));
    asm.setRef(op.result!, RCX);
    return true;
  }
  if (name === "check_nonnull") {
    // x!: the same pointer, past a null test (a null: the runner's op stops the program)
    if (a[0].kind !== KIND_R) return false;
    object(asm, RAX, a[0], k);
    asm.setRef(op.result!, RAX);
    asm.nonNull.add(op.result!.index);
    return true;
  }
  if (name === "is_null" && a[0].kind === KIND_R) {
    asm.ref(RAX, a[0]);
    testRR(asm.b, RAX, RAX);
    asm.flagResult(CC_E, op.result!);
    return true;
  }
  if ((name === "is_null" || name === "is_undef" || name === "is_nullish") && info.optKind !== OPT_PTR) return optionalTest(asm, k, name);
  if ((name === "list_len" || name === "list_getitem" || name === "list_getitem_opt" || name === "list_setitem") && listOp(asm, k, name)) return true;
  if ((name === "list_capacity" || name === "list_store" || name === "list_set_len") && listGrowth(asm, k, name)) return true;
  if (name === "list_new_filled" && newFilledList(asm, k)) return true;
  if (name === "list_new" && newList(asm, k)) return true;
  if (name === "opt_narrow" && a[0].kind === KIND_F && op.result!.kind === KIND_F) {
    // an optional number's undefined and null are the NaNs 0x7FF0000000000001 and ...02: those exit (the runner's op stops the program)
    if (!asm.value(RAX, a[0])) return false;
    movRIWords(asm.b, RCX, 2146435072, 1);
    movRR(asm.b, RDX, RAX);
    aluRR(asm.b, ALU_SUB, RDX, RCX);
    aluRI(asm.b, ALU_CMP, RDX, 1);
    asm.exitIf(CC_BE, k);
    movqXR(asm.b, XMM0, RAX);
    asm.setFloat(op.result!, XMM0);
    return true;
  }
  if (name === "opt_float_eq" && (plainFloat(a[0]) || plainFloat(a[1]))) {
    // with a number constant on one side, undefined and null equal nothing: the float comparison (false when unordered)
    asm.float(XMM0, a[0]);
    asm.float(1, a[1]);
    ucomisd(asm.b, XMM0, 1);
    setcc(asm.b, CC_E, RAX);
    setcc(asm.b, CC_NP, RCX);
    movzxRR8(asm.b, RAX, RAX);
    movzxRR8(asm.b, RCX, RCX);
    aluRR(asm.b, ALU_AND, RAX, RCX);
    asm.setInt(op.result!, RAX);
    return true;
  }
  const size = info.elem === "u8" ? 1 : info.elem === "i32" ? 4 : 0;
  if (size === 0) return wordOp(asm, k);
  if (name === "typed_len") {
    object(asm, RCX, a[0], k);
    load(asm.b, RAX, RCX, NO_INDEX, 1, 8);
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (name === "typed_getitem" || name === "typed_getitem_opt") {
    // operands: the index (ints first), the array
    object(asm, RCX, a[1], k);
    const ix = index(asm, RAX, a[0], k);
    if (ix < 0) return false;
    loadNarrow(asm.b, RAX, size, size === 4, RCX, ix, size, 16);
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (name === "typed_setitem") {
    // operands: the index, the value, the array
    object(asm, RCX, a[2], k);
    const ix = index(asm, RAX, a[0], k);
    if (ix < 0 || !asm.int(RDX, a[1])) return false;
    storeNarrow(asm.b, size, RCX, ix, size, 16, RDX);
    return true;
  }
  return wordOp(asm, k);
}

/**
 * is_null / is_undef / is_nullish of an optional int, bool or float: its
 * word against the sentinels (rts.h: an int's undefined and null are
 * INT64_MIN + 1 and + 2, a bool's 2 and 3, a float's the NaNs
 * 0x7FF0000000000001 and ...02) — nullish is both, one unsigned compare.
 */
function optionalTest(asm: TraceAssembler, k: number, name: string): boolean {
  const op = asm.t.ops[k];
  const kind = asm.data.descrs[op.descr].optKind;
  if (!asm.value(RAX, op.args[0])) return false;
  // the undefined sentinel into rcx
  if (kind === OPT_BOOL) movRI(asm.b, RCX, 2);
  else movRIWords(asm.b, RCX, kind === OPT_INT ? -2147483648 : 2146435072, 1);
  if (name === "is_null") aluRI(asm.b, ALU_ADD, RCX, 1);
  aluRR(asm.b, ALU_SUB, RAX, RCX);
  if (name === "is_nullish") {
    aluRI(asm.b, ALU_CMP, RAX, 1);
    asm.flagResult(CC_BE, op.result!);
  } else {
    testRR(asm.b, RAX, RAX);
    asm.flagResult(CC_E, op.result!);
  }
  return true;
}

/** The most items a list_new_filled made inline has (its stores are a loop beyond UNROLLED_FILL). */
const INLINE_FILLED_MAX = 256;
const UNROLLED_FILL = 8;

/**
 * `new Array(n).fill(x)` of a constant length (an interpreter's frame of a
 * call the trace makes: its locals and stack) carved out of the nursery as
 * lists.c's rts_list_new_filled makes it — the list {len at 8, items at
 * 16}, then its items {cap at 8, words from 16}, cap at least LIST_MIN_CAP
 * — both young, so the stores need no barrier and the words past n are
 * zero already.  When they do not fit, the runner does the op.
 */
function newFilledList(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const storage = asm.data.descrs[op.descr].storage;
  const n = a[0].isConst ? a[0].intValue : -1;
  if (asm.bumpCell === 0 || n < 0 || n > INLINE_FILLED_MAX || a.length !== 2) return false;
  const gcItems = storage === STORE_PTR && a[1].kind === KIND_R;
  if (!gcItems && !(storage === STORE_I64 && a[1].kind === KIND_I && loadableInt(a[1]))) return false;
  const zero = a[1].isConst && (gcItems ? a[1].refValue === null : a[1].intValue === 0);
  // r11: the value (a scratch register no operand lives in)
  if (!zero && !asm.value(R11, a[1])) return false;
  youngList(asm, k, n, gcItems);
  if (!zero && n <= UNROLLED_FILL) {
    for (let i = 0; i < n; i++) store(asm.b, RDX, NO_INDEX, 1, 16 + 8 * i, R11);
  } else if (!zero) {
    // word i - 1 for i = n down to 1
    movRI(asm.b, RCX, n);
    const loop = asm.b.length;
    store(asm.b, RDX, RCX, 8, 8, R11);
    aluRI(asm.b, ALU_SUB, RCX, 1);
    const back = jccRel32(asm.b, CC_NE, 0);
    asm.b.patchInt32(back, loop - (back + 4));
  }
  asm.setRef(op.result!, RAX);
  asm.nonNull.add(op.result!.index);
  return true;
}

/** A young list of length n (rax) and its items (rdx, zero), or an exit at op k when the nursery has no room. */
function youngList(asm: TraceAssembler, k: number, n: number, gcItems: boolean): void {
  const cap = n < ll.LIST_MIN_CAP ? ll.LIST_MIN_CAP : n;
  const listBytes = 24;
  bump(asm, k, listBytes + 16 + 8 * cap);
  storeImm(asm.b, RAX, NO_INDEX, 1, 0, ll.TID_LIST); // tid, and GC flags 0
  storeImm(asm.b, RAX, NO_INDEX, 1, 8, n);
  lea(asm.b, RDX, RAX, NO_INDEX, 1, listBytes);
  store(asm.b, RAX, NO_INDEX, 1, 16, RDX);
  storeImm(asm.b, RDX, NO_INDEX, 1, 0, gcItems ? ll.TID_ITEMS_GC : ll.TID_ITEMS_RAW);
  storeImm(asm.b, RDX, NO_INDEX, 1, 8, cap);
}

/**
 * A list literal (`[]` mostly: a Python tuple's or list's items the
 * interpreter builds) made inline as newFilledList makes one, its items
 * stored from the operands; a call of the runtime's rts_list_new through
 * jitOpWordR before (the Python nqueens made 3.3M).
 */
function newList(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const storage = asm.data.descrs[op.descr].storage;
  const n = a.length;
  if (asm.bumpCell === 0 || n > UNROLLED_FILL) return false;
  const gcItems = storage === STORE_PTR;
  for (const x of a) {
    const ok = gcItems ? x.kind === KIND_R : storage === STORE_F64 ? x.kind === KIND_F : storage === STORE_I64 && x.kind === KIND_I && loadableInt(x);
    if (!ok) return false;
  }
  youngList(asm, k, n, gcItems);
  // (young: no barrier; r11 and xmm0 are scratch registers no operand lives in; every item loads: checked above,
  // before any code — a false past this point would leave half an op emitted)
  for (let i = 0; i < n; i++) {
    if (a[i].kind === KIND_F) {
      asm.float(XMM0, a[i]);
      movsdStore(asm.b, RDX, NO_INDEX, 1, 16 + 8 * i, XMM0);
    } else {
      asm.value(R11, a[i]);
      store(asm.b, RDX, NO_INDEX, 1, 16 + 8 * i, R11);
    }
  }
  asm.setRef(op.result!, RAX);
  asm.nonNull.add(op.result!.index);
  return true;
}

/** Any other op: a call of the runtime's jitOpWord* for it (operands: its case number there, DescrInfo.wordIndex, then ints and ref addresses in a0..a4, floats in f0, f1). */
export function wordOp(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  if (!asm.data.descrs[op.descr].wordOp) return false;
  const regs = [RSI, RDX, RCX, R8, R9];
  asm.takeCallerSaved();
  let w = 0;
  let f = 0;
  for (const x of op.args) {
    if (x.kind === KIND_F) asm.float(f++, x);
    else if (!asm.value(regs[w++], x)) return false;
  }
  movRI(asm.b, RDI, asm.data.descrs[op.descr].wordIndex);
  movRI(asm.b, RAX, jitOpWordAddress(asm.data.descrs[op.descr].wordKind));
  asm.beforeCall();
  callR(asm.b, RAX);
  asm.called();
  // (the generated entry point returns a bool as a whole int)
  asm.callResult(op.result, false);
  return true;
}

/**
 * list_len / list_getitem / list_setitem: a list is {len at 8, items at
 * 16}, its items 8-byte words from 16.  Operands come ints first, then
 * refs, then floats: getitem [index, list], setitem [index, item, list]
 * for an int item, [index, list, item] otherwise.
 */
export function listOp(asm: TraceAssembler, k: number, name: string): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const info = asm.data.descrs[op.descr];
  if (name === "list_len") {
    const list = objectIn(asm, RCX, a[0], k);
    load(asm.b, RAX, list, NO_INDEX, 1, 8);
    asm.setInt(op.result!, RAX);
    return true;
  }
  // booleans are one byte of their word: the runner reads and writes those
  if (info.storage !== STORE_I64 && info.storage !== STORE_F64 && info.storage !== STORE_PTR) return false;
  const setting = name === "list_setitem";
  const list = itemList(a);
  const item = setting ? itemValue(a) : null;
  // every operand loadable, decided before any code: a false here falls back to wordOp
  if (!loadableInt(a[0]) || (item !== null && item.kind === KIND_I && !loadableInt(item))) return false;
  // (the list where the register cache has it; a constant index — an interpreter frame's slot — is a displacement)
  const base = objectIn(asm, RCX, list, k);
  const at = constantIndex(a[0]);
  let ix = NO_INDEX;
  if (at >= 0) {
    aluMI(asm.b, ALU_CMP, base, NO_INDEX, 1, 8, at);
    asm.exitIf(CC_BE, k); // length <= index
  } else {
    ix = index(asm, RAX, a[0], k, base);
    if (ix < 0) return false;
  }
  const disp = at >= 0 ? 16 + 8 * at : 16;
  load(asm.b, RCX, base, NO_INDEX, 1, 16); // the items
  if (item !== null) {
    if (item.kind === KIND_F) {
      asm.float(XMM0, item);
      movsdStore(asm.b, RCX, ix, 8, disp, XMM0);
      return true;
    }
    const v = asm.inReg(item, RDX);
    if (v < 0) return false;
    // (a constant index travels to the barrier's call as -2 - index)
    if (item.kind === KIND_R && !asm.neverYoung(item)) barrier(asm, RCX, k, at >= 0 ? -2 - at : ix);
    store(asm.b, RCX, ix, 8, disp, v);
    return true;
  }
  const res = op.result!;
  if (res.kind === KIND_F) {
    movsdLoad(asm.b, XMM0, RCX, ix, 8, disp);
    asm.setFloat(res, XMM0);
  } else {
    load(asm.b, RAX, RCX, ix, 8, disp);
    asm.setWord(res, RAX);
  }
  return true;
}

/** A constant index that makes a 32-bit displacement (an interpreter frame's slot, mostly), or -1. */
function constantIndex(x: Box): number {
  return x.isConst && x.kind === KIND_I && x.intValue >= 0 && x.intValue < 1 << 24 ? x.intValue : -1;
}

/**
 * The ops of a list's append and pop (rts/rlib/lists): list_capacity
 * [list] (the items' cap, at 8 of the items), list_store [index, list,
 * item] by kind as list_setitem's (no bounds check: the capacity was
 * checked), list_set_len [n, list] (items dropped off the end are cleared,
 * as rts_op_list_set_len does: the GC must not see them).
 */
function listGrowth(asm: TraceAssembler, k: number, name: string): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const b = asm.b;
  if (name === "list_capacity") {
    object(asm, RCX, a[0], k);
    load(b, RCX, RCX, NO_INDEX, 1, 16);
    load(b, RAX, RCX, NO_INDEX, 1, 8);
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (name === "list_store") {
    const list = itemList(a);
    const item = itemValue(a);
    if (!loadableInt(a[0]) || (item.kind === KIND_I && !loadableInt(item))) return false;
    object(asm, RCX, list, k);
    if (!asm.int(RAX, a[0])) return false;
    load(b, RCX, RCX, NO_INDEX, 1, 16);
    if (item.kind === KIND_F) {
      asm.float(XMM0, item);
      movsdStore(b, RCX, RAX, 8, 16, XMM0);
      return true;
    }
    if (!asm.value(RDX, item)) return false;
    if (item.kind === KIND_R && !asm.neverYoung(item)) barrier(asm, RCX, k, RAX);
    store(b, RCX, RAX, 8, 16, RDX);
    return true;
  }
  // list_set_len
  if (!loadableInt(a[0])) return false;
  asm.take(R8);
  asm.take(R9);
  object(asm, RCX, a[1], k);
  if (!asm.int(RAX, a[0])) return false;
  load(b, RDX, RCX, NO_INDEX, 1, 8);
  aluRR(b, ALU_CMP, RAX, RDX);
  const longer = jccRel32(b, CC_GE, 0);
  load(b, R8, RCX, NO_INDEX, 1, 16);
  movRR(b, R9, RAX);
  const loop = b.length;
  storeImm(b, R8, R9, 8, 16, 0);
  aluRI(b, ALU_ADD, R9, 1);
  aluRR(b, ALU_CMP, R9, RDX);
  const back = jccRel32(b, CC_L, 0);
  b.patchInt32(back, loop - (back + 4));
  b.patchInt32(longer, b.length - (longer + 4));
  store(b, RCX, NO_INDEX, 1, 8, RAX);
  return true;
}

/** A float constant that is a number: not NaN (the undefined and null of an optional number are NaNs). */
function plainFloat(x: Box): boolean {
  return x.isConst && x.kind === KIND_F && x.floatValue === x.floatValue;
}

/** The register holding an index of the array in `array` (RCX unless said; `scratch` if none does; -1: it does not load), exiting at op k when it is out of range (negative ones too: unsigned). */
export function index(asm: TraceAssembler, scratch: number, x: Box, k: number, array = RCX): number {
  const r = asm.inReg(x, scratch);
  if (r < 0) return -1;
  aluRM(asm.b, ALU_CMP, r, array, NO_INDEX, 1, 8);
  asm.exitIf(CC_AE, k);
  return r;
}
