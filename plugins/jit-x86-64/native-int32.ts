// JavaScript's 32-bit integer operators (`& | ^ ~ << >> >>>`, Math.imul)
// inline: the op table's int32_* ops, whose operands are ints (within
// ±2^53). ToInt32 of such an int is its low 32 bits sign-extended and
// ToUint32 the same bits zero-extended, so each op works on the 64-bit
// registers and then keeps the low half (movsxd / a 32-bit mov); a shift
// count is its low 5 bits. Before this they were calls of the op's
// generated entry point: a loop of eight such ops ran 6x slower than the
// translated C.  RTS code.
import type { TraceAssembler } from "./native.ts";
import { ALU_MUL } from "./native-regs.ts";
import { ALU_AND, ALU_OR, ALU_XOR, RAX, RCX, SHIFT_SAR, SHIFT_SHL, SHIFT_SHR, aluRI, mov32RR, movsxdRR, notR, shiftRCL, shiftRI } from "./encoder.ts";

export function isInt32Op(name: string): boolean {
  return name === "int32_and" || name === "int32_or" || name === "int32_xor" || name === "int32_mul" || name === "int32_not" || name === "int32_shl" || name === "int32_shr" || name === "uint32_shr";
}

/** Op k, an int32_* op (isInt32Op): its result into rax and its box; false when an operand does not load. */
export function int32Op(asm: TraceAssembler, k: number, name: string): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const b = asm.b;
  if (name === "int32_not") {
    if (!asm.int(RAX, a[0])) return false;
    notR(b, RAX);
    movsxdRR(b, RAX, RAX);
  } else if (name === "int32_shl" || name === "int32_shr" || name === "uint32_shr") {
    if (!asm.int(RAX, a[0])) return false;
    const kind = name === "int32_shl" ? SHIFT_SHL : name === "int32_shr" ? SHIFT_SAR : SHIFT_SHR;
    // (>> shifts ToInt32 of the operand, >>> its ToUint32; << keeps the low half after)
    if (kind === SHIFT_SAR) movsxdRR(b, RAX, RAX);
    if (kind === SHIFT_SHR) mov32RR(b, RAX, RAX);
    const count = a[1];
    if (count.isConst) {
      if (!Number.isInteger(count.intValue)) return false;
      shiftRI(b, kind, RAX, count.intValue & 31);
    } else {
      if (!asm.int(RCX, count)) return false;
      aluRI(b, ALU_AND, RCX, 31);
      shiftRCL(b, kind, RAX);
    }
    if (kind === SHIFT_SHL) movsxdRR(b, RAX, RAX);
  } else {
    const alu = name === "int32_and" ? ALU_AND : name === "int32_or" ? ALU_OR : name === "int32_xor" ? ALU_XOR : ALU_MUL;
    if (!asm.arith(alu, a[0], a[1])) return false;
    movsxdRR(b, RAX, RAX);
  }
  asm.setInt(op.result!, RAX);
  return true;
}
