// The x86-64 backend's call_assembler (RPython's assembler.py
// call_assembler and its assembler_helper): a traced call of a portal
// function with constant greens calls the green key's entry trace's code
// directly.  The code stacks a frame for it — raw words on the JIT's raw
// stack, root slots (zeroed) on the shadow stack — stores the reds into
// its inputs and calls its entry.  When the callee's code comes back with
// an exit marked EXIT_RETURN, its value is in the frame's word 2; any other
// exit goes to the runtime's slow path (portal.ts jitAssemblerSlowPath),
// which runs on from there and gives the result back the same way.  With
// no entry code yet, no room on the machine stack, the raw stack or the
// shadow stack, it calls the portal function as a plain call would.  RTS
// code.
import * as ll from "rts/ll";
import type { TraceAssembler } from "./native.ts";
import { floatBits } from "./native-regs.ts";
import { directCall } from "./native-memory.ts";
import {
  ALU_ADD, ALU_CMP, ALU_SUB, CC_A, CC_B, CC_E, CC_L, CC_NE, NO_INDEX, R11, R8, R9, RAX, RCX, RDI, RDX, RSI, RSP, aluRI, aluRM, aluRR, callR, jccRel32, jmpRel32, lea, load, movRI, movRR, movqXR, pop, push,
  store, testRR,
} from "./encoder.ts";
import { GUARD_NO_EXCEPTION, KIND_F, KIND_R, type Box } from "../../framework/jit/runtime/resoperation.ts";
import { EXIT_RETURN, rawSlot } from "../../framework/jit/runtime/native.ts";
import { STORE_BOOL } from "../../framework/jit/runtime/jitdata.ts";
import { HELPER_ASSEMBLER_SLOW_PATH, jitHelperAddress } from "../../framework/jit/runtime/translated-cpu.ts";

/** Machine stack the fast path leaves for the callee and the runtime calls its code may make (the C code's own margin is below rts_stack_limit). */
const STACK_ROOM = 262144;

class RuntimeCells {
  shadowTop = 0;
  shadowLimit = 0;
  stackLimit = 0;
}
const CELLS = new RuntimeCells();

function cells(): RuntimeCells {
  if (CELLS.shadowTop === 0) {
    CELLS.shadowTop = ll.runtimeCell(ll.RUNTIME_SHADOW_TOP);
    CELLS.shadowLimit = ll.runtimeCell(ll.RUNTIME_SHADOW_LIMIT);
    CELLS.stackLimit = ll.runtimeCell(ll.RUNTIME_STACK_LIMIT);
  }
  return CELLS;
}

/** Op k, a call with an assembler token (followed by its guard_no_exception). */
export function callAssembler(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const tok = op.assembler!;
  const info = asm.data.descrs[op.descr];
  const ops = asm.t.ops;
  if (info.callArgs === null || tok.cell === 0 || k + 1 >= ops.length || ops[k + 1].opnum !== GUARD_NO_EXCEPTION) return false;
  const c = cells();
  const b = asm.b;
  // (the caller-saved cache registers are scratch registers here)
  asm.takeCallerSaved();
  asm.beforeCall();
  const toPlain: number[] = [];
  // the entry's code (0: none yet)
  movRI(b, R11, tok.cell);
  load(b, RAX, R11, NO_INDEX, 1, 0);
  testRR(b, RAX, RAX);
  toPlain.push(jccRel32(b, CC_E, 0));
  // room on the machine stack
  movRI(b, RCX, c.stackLimit);
  load(b, RCX, RCX, NO_INDEX, 1, 0);
  aluRI(b, ALU_ADD, RCX, STACK_ROOM);
  aluRR(b, ALU_CMP, RSP, RCX);
  toPlain.push(jccRel32(b, CC_B, 0));
  // (counted in the token's word 3: RTSLOG=jit-summary's assembler-calls)
  load(b, RCX, R11, NO_INDEX, 1, 24);
  aluRI(b, ALU_ADD, RCX, 1);
  store(b, R11, NO_INDEX, 1, 24, RCX);
  // the callee's frame: rdx its raw words (4 + slots), r9 its root slots
  load(b, RCX, R11, NO_INDEX, 1, 8);
  movRI(b, R8, asm.rawCell);
  load(b, RDX, R8, NO_INDEX, 1, 0);
  lea(b, RSI, RDX, RCX, 8, rawSlot(0));
  aluRM(b, ALU_CMP, RSI, R8, NO_INDEX, 1, 8);
  toPlain.push(jccRel32(b, CC_A, 0));
  load(b, RCX, R11, NO_INDEX, 1, 16);
  movRI(b, RAX, c.shadowTop);
  load(b, R9, RAX, NO_INDEX, 1, 0);
  lea(b, RDI, R9, RCX, 8, 0);
  movRI(b, RAX, c.shadowLimit);
  aluRM(b, ALU_CMP, RDI, RAX, NO_INDEX, 1, 0);
  toPlain.push(jccRel32(b, CC_A, 0));
  store(b, R8, NO_INDEX, 1, 0, RSI);
  movRI(b, RAX, c.shadowTop);
  store(b, RAX, NO_INDEX, 1, 0, RDI);
  store(b, RDX, NO_INDEX, 1, 0, R9);
  store(b, RDX, NO_INDEX, 1, 24, RCX);
  load(b, RAX, R11, NO_INDEX, 1, 8);
  store(b, RDX, NO_INDEX, 1, 8, RAX);
  // its root slots zeroed (the collector scans them), then its inputs: the reds
  // (a loop: rep stosq starts slowly, and frames have few root slots)
  movRR(b, RDI, R9);
  movRI(b, RAX, 0);
  testRR(b, RCX, RCX);
  const none = jccRel32(b, CC_E, 0);
  const loop = b.length;
  store(b, RDI, NO_INDEX, 1, 0, RAX);
  aluRI(b, ALU_ADD, RDI, 8);
  aluRI(b, ALU_SUB, RCX, 1);
  const back = jccRel32(b, CC_NE, 0);
  b.patchInt32(back, loop - (back + 4));
  b.patchInt32(none, b.length - (none + 4));
  for (let j = 0; j < tok.reds.length; j++) {
    const x = op.args[tok.reds[j]];
    if (!word(asm, x)) return false;
    if (x.kind === KIND_R) store(b, R9, NO_INDEX, 1, 8 * j, RAX);
    else store(b, RDX, NO_INDEX, 1, rawSlot(j), RAX);
  }
  // the call, the frame's two addresses kept on the machine stack (16-byte aligned still)
  push(b, RDX);
  push(b, R9);
  movRR(b, RDI, RDX);
  movRI(b, R11, tok.cell);
  load(b, RAX, R11, NO_INDEX, 1, 0);
  callR(b, RAX);
  load(b, RSI, RSP, NO_INDEX, 1, 8);
  movRI(b, RCX, EXIT_RETURN);
  aluRR(b, ALU_CMP, RAX, RCX);
  const slow = jccRel32(b, CC_L, 0);
  load(b, RAX, RSI, NO_INDEX, 1, 16);
  const done = jmpRel32(b, 0);
  b.patchInt32(slow, b.length - (slow + 4));
  movRR(b, RDI, RAX);
  movRI(b, RDX, tok.number);
  // (the exception the callee's code left in rts_exc, moved out into rcx: the helper's C code would take one
  // pending there for its own first call's, and raise it on without running the callee's handlers)
  movRI(b, R8, asm.excCell);
  load(b, RCX, R8, NO_INDEX, 1, 0);
  movRI(b, RAX, 0);
  store(b, R8, NO_INDEX, 1, 0, RAX);
  movRI(b, RAX, jitHelperAddress(HELPER_ASSEMBLER_SLOW_PATH));
  callR(b, RAX);
  b.patchInt32(done, b.length - (done + 4));
  // the frame given back
  pop(b, R9);
  pop(b, RDX);
  movRI(b, R8, asm.rawCell);
  store(b, R8, NO_INDEX, 1, 0, RDX);
  movRI(b, RCX, c.shadowTop);
  store(b, RCX, NO_INDEX, 1, 0, R9);
  if (op.result !== null && op.result.kind === KIND_F) movqXR(b, 0, RAX);
  const join = jmpRel32(b, 0);
  // no entry code, or no room: the portal function, called as any function
  for (const at of toPlain) b.patchInt32(at, b.length - (at + 4));
  if (!directCall(asm, k)) return false;
  b.patchInt32(join, b.length - (join + 4));
  asm.called();
  asm.callResult(op.result, info.storage === STORE_BOOL);
  return true;
}

/** Any box into rax as a word (a ref's address, a float's bits); false for a constant it does not load. */
function word(asm: TraceAssembler, x: Box): boolean {
  if (x.kind === KIND_F && x.isConst) {
    movRI(asm.b, RAX, floatBits(x.floatValue));
    return true;
  }
  return asm.value(RAX, x);
}
