// What the x86-64 backend's files share (native.ts, native-memory.ts,
// native-jump.ts): the frame's registers, the argument registers, and how
// constants are loaded.  RTS code.
import * as ll from "rts/ll";
import type { Box } from "../../framework/jit/runtime/resoperation.ts";
import { R12, R8, R9, RBX, RCX, RDI, RDX, RSI } from "./encoder.ts";

const TWO_53 = 9007199254740992;
/** The frame's raw slots and root slots, in callee-saved registers (calls keep them). */
export const RAW = RBX;
export const ROOTS = R12;
/** SysV argument registers. */
export const INT_ARGS = [RDI, RSI, RDX, RCX, R8, R9];
export const XMM0 = 0;
/** TraceAssembler.arith's multiplication (not an ALU_* group-1 op). */
export const ALU_MUL = -1;

/** A double's bits as an int (machine code loads float constants as immediates). */
class BitsCell {
  addr = 0;
}
const BITS = new BitsCell();

/** An int box the code can load (a constant beyond ±2^53 it leaves to the runner). */
export function loadableInt(x: Box): boolean {
  return !x.isConst || (x.intValue >= -TWO_53 && x.intValue <= TWO_53);
}

export function floatBits(x: number): number {
  if (BITS.addr === 0) BITS.addr = ll.mapMemory(4096);
  ll.storeFloat(BITS.addr, 0, x);
  return ll.load(BITS.addr, 0);
}
