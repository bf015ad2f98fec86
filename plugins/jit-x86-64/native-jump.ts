// The x86-64 backend's loop jumps (native.ts has the assembler): a jump
// to its own loop's body label with the values moved straight into the
// registers the label loads them into (a parallel move), or through the
// input slots into another loop's code.  RTS code.
import type { TraceAssembler } from "./native.ts";
import { RAW, ROOTS, XMM0, floatBits } from "./native-regs.ts";
import { NO_INDEX, R11, RAX, jmpR, jmpRel32, movRI, movRR, movapd, pop, push, store } from "./encoder.ts";
import { KIND_F, KIND_R, jumpTarget, jumpsIntoBody, labelArgs } from "../../framework/jit/runtime/resoperation.ts";
import type { Box, ResOp } from "../../framework/jit/runtime/resoperation.ts";

/**
 * The loop's jump to its own start, or into another loop that has code:
 * the jump's values become that loop's inputs (all read, onto the machine
 * stack, before any is written).
 */
export function jump(asm: TraceAssembler, k: number): boolean {
  const op = asm.t.ops[k];
  const target = jumpTarget(op) < 0 ? asm.t : asm.loops[jumpTarget(op)];
  if (target !== asm.t && target.native === null) return false; // the runner enters it
  // its own loop: to its last label (a peeled loop's body); another loop: to its start, or its body's label
  const at = target === asm.t || jumpsIntoBody(op) ? target.loopLabel : 0;
  const inputs = jumpsIntoBody(op) ? target.bodyInputs! : labelArgs(target, at);
  if (op.args.length !== inputs.length) return false;
  if (target === asm.t && at > 0 && at < k && jumpInRegisters(asm, op, inputs)) return true;
  // (straight into the slots: the code at the loop's start expects no register to hold anything)
  const skip: boolean[] = [];
  for (let i = 0; i < inputs.length; i++) skip.push(target === asm.t && op.args[i] === inputs[i]);
  if (!throughSlots(asm, op, inputs, skip)) return false;
  if (target === asm.t) {
    // (a jump from the preamble to the body's label, just after it: falls through)
    if (at > k) return true;
    jmpRel32(asm.b, asm.starts[at] - (asm.b.length + 5));
    return true;
  }
  // the other loop's start (or body label): behind its entry stub (the saves are done)
  asm.jumpsTo.push(target);
  const n = target.native!;
  movRI(asm.b, RAX, n.code + (at === 0 ? n.start : n.body));
  jmpR(asm.b, RAX);
  return true;
}

/**
 * A peeled loop's body label: jumps come here with nothing in registers
 * (every value is in the frame), so the cache starts empty; the label's
 * args a later op reads are loaded into registers.
 */
export function loopLabel(asm: TraceAssembler, k: number): void {
  asm.cache.clear();
  while (asm.labelRegs.length > 0) asm.labelRegs.pop();
  for (const x of asm.t.ops[k].args) {
    const r = asm.cache.remember(x, k);
    if (r >= 0) asm.fromSlot(r, x);
  }
  // (a later arg may have taken an earlier one's register: where each is now)
  for (const x of asm.t.ops[k].args) asm.labelRegs.push(asm.cache.find(x));
  // the loop's own jump comes here with the label's ints and floats in these registers, their slots not written
  asm.bodyLoop = asm.b.length;
  if (asm.loopRegisters) for (const x of asm.t.ops[k].args) if (x.kind !== KIND_R) asm.cache.markDirty(x);
}

/**
 * The loop's own jump back to its body's label with the values in the
 * registers the label loads them into (no store and reload per
 * iteration): refs and args without a register go through their slots
 * (refs also into their registers), register-to-register moves are done
 * as a parallel move (cycles broken through r11 / xmm0).  False (nothing
 * emitted) when a value would be read from a slot the jump writes.
 */
export function jumpInRegisters(asm: TraceAssembler, op: ResOp, inputs: Box[]): boolean {
  const regs = asm.labelRegs;
  if (!asm.loopRegisters || asm.bodyLoop < 0 || regs.length !== inputs.length) return false;
  const viaSlot: boolean[] = [];
  for (let i = 0; i < inputs.length; i++) viaSlot.push(inputs[i].kind === KIND_R || regs[i] < 0);
  for (let i = 0; i < inputs.length; i++) {
    const x = op.args[i];
    if (viaSlot[i] || x.isConst || asm.cache.find(x) >= 0) continue;
    for (let j = 0; j < inputs.length; j++) if (viaSlot[j] && inputs[j] === x) return false;
  }
  // the slots' values, all read before any is written
  const skip: boolean[] = [];
  for (let i = 0; i < inputs.length; i++) skip.push(!viaSlot[i] || op.args[i] === inputs[i]);
  if (!throughSlots(asm, op, inputs, skip)) return false;
  // register to register (refs too: their slots are written, and their registers set without reading the slots back)
  const dsts: number[] = [];
  const srcs: number[] = [];
  const floats: boolean[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (regs[i] < 0) continue;
    const c = asm.cache.find(op.args[i]);
    if (c >= 0 && c !== regs[i]) {
      dsts.push(regs[i]);
      srcs.push(c);
      floats.push(inputs[i].kind === KIND_F);
    }
  }
  parallelMove(asm, dsts, srcs, floats);
  // from slots and constants (and the refs just stored)
  for (let i = 0; i < inputs.length; i++) {
    if (regs[i] < 0) continue;
    const x = op.args[i];
    if (inputs[i].kind === KIND_R) {
      if (x.isConst || asm.cache.find(x) < 0) asm.fromSlot(regs[i], inputs[i]);
    } else if (x.isConst && x.kind === KIND_F) asm.float(regs[i], x);
    else if (x.isConst) movRI(asm.b, regs[i], x.intValue);
    else if (asm.cache.find(x) < 0) asm.fromSlot(regs[i], x);
  }
  jmpRel32(asm.b, asm.bodyLoop - (asm.b.length + 5));
  return true;
}

/**
 * A jump's values (but the skipped ones) into its target's input slots:
 * each straight into its slot when no later value is read from a slot an
 * earlier one is written to, else all read (onto the machine stack)
 * before any is written.
 */
export function throughSlots(asm: TraceAssembler, op: ResOp, inputs: Box[], skip: boolean[]): boolean {
  const direct = !slotsOverlap(asm, op, inputs, skip);
  const moved: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (skip[i]) continue;
    if (!valueIntoRax(asm, op.args[i])) return false;
    if (direct) storeInput(asm, inputs[i]);
    else {
      push(asm.b, RAX);
      moved.push(i);
    }
  }
  for (let m = moved.length - 1; m >= 0; m--) {
    pop(asm.b, RAX);
    storeInput(asm, inputs[moved[m]]);
  }
  return true;
}

/** A jump's value into rax (a float constant by its bits); false for one the code cannot load. */
function valueIntoRax(asm: TraceAssembler, x: Box): boolean {
  if (x.kind === KIND_F && x.isConst) {
    movRI(asm.b, RAX, floatBits(x.floatValue));
    return true;
  }
  return asm.value(RAX, x);
}

/** rax into an input's slot of the jump's target (a ref's root slot, else its raw one). */
function storeInput(asm: TraceAssembler, input: Box): void {
  if (input.kind === KIND_R) store(asm.b, ROOTS, NO_INDEX, 1, 8 * input.index, RAX);
  else store(asm.b, RAW, NO_INDEX, 1, asm.raw(input.index), RAX);
}

/** Whether a value moved into input i's slot is read from the frame by a later move (its box in that slot, in no register). */
function slotsOverlap(asm: TraceAssembler, op: ResOp, inputs: Box[], skip: boolean[]): boolean {
  for (let j = 0; j < inputs.length; j++) {
    const x = op.args[j];
    if (skip[j] || x.isConst || asm.cache.find(x) >= 0) continue;
    // (refs live in the root slots, ints and floats in the raw ones: the same index in the other area is another slot)
    for (let i = 0; i < j; i++) if (!skip[i] && inputs[i].index === x.index && (inputs[i].kind === KIND_R) === (x.kind === KIND_R)) return true;
  }
  return false;
}

/** dsts[i] = srcs[i] for all i at once (the dsts distinct): a move whose destination no pending move reads goes first; a cycle is broken by saving one destination in r11 (xmm0 for floats). */
export function parallelMove(asm: TraceAssembler, dsts: number[], srcs: number[], floats: boolean[]): void {
  const done: boolean[] = [];
  for (let i = 0; i < dsts.length; i++) done.push(false);
  let left = dsts.length;
  while (left > 0) {
    let progressed = false;
    for (let i = 0; i < dsts.length; i++) {
      if (done[i]) continue;
      let read = false;
      for (let j = 0; j < dsts.length; j++) if (!done[j] && j !== i && srcs[j] === dsts[i] && floats[j] === floats[i]) read = true;
      if (read) continue;
      if (floats[i]) movapd(asm.b, dsts[i], srcs[i]);
      else movRR(asm.b, dsts[i], srcs[i]);
      done[i] = true;
      left--;
      progressed = true;
    }
    if (progressed) continue;
    // only cycles are left: save one's destination, and let its readers read the copy
    let i = 0;
    while (done[i]) i++;
    const tmp = floats[i] ? XMM0 : R11;
    if (floats[i]) movapd(asm.b, tmp, dsts[i]);
    else movRR(asm.b, tmp, dsts[i]);
    for (let j = 0; j < dsts.length; j++) if (!done[j] && srcs[j] === dsts[i] && floats[j] === floats[i]) srcs[j] = tmp;
  }
}
