// x86-64 instruction encoders, written in RTS (the JIT's assembler runs in
// the translated binary): one small function per instruction form, as
// Cranelift's emit.rs and RPython's rx86.py do, each writing its bytes to a
// CodeBuffer.  Registers are numbers 0-15 in the hardware's order (general
// purpose: RAX…R15; XMM registers: 0-15 in the SSE functions); memory
// operands are [base + disp] or [base + index*scale + disp].  Operand order
// is Intel's: destination first.  tests/unit/x86-encoder.test.ts checks
// every form against a table of (call, bytes, GNU as text), the table
// against GNU as.
import type { CodeBuffer } from "./codebuf.ts";

export const RAX = 0;
export const RCX = 1;
export const RDX = 2;
export const RBX = 3;
export const RSP = 4;
export const RBP = 5;
export const RSI = 6;
export const RDI = 7;
export const R8 = 8;
export const R9 = 9;
export const R10 = 10;
export const R11 = 11;
export const R12 = 12;
export const R13 = 13;
export const R14 = 14;
export const R15 = 15;

/** Condition codes (the low nibble of Jcc, SETcc, CMOVcc). */
export const CC_O = 0x0;
export const CC_NO = 0x1;
export const CC_B = 0x2;
export const CC_AE = 0x3;
export const CC_E = 0x4;
export const CC_NE = 0x5;
export const CC_BE = 0x6;
export const CC_A = 0x7;
export const CC_S = 0x8;
export const CC_NS = 0x9;
export const CC_P = 0xa;
export const CC_NP = 0xb;
export const CC_L = 0xc;
export const CC_GE = 0xd;
export const CC_LE = 0xe;
export const CC_G = 0xf;

/** No index register in a memory operand. */
export const NO_INDEX = -1;

/** ALU operations of the 01/03/81 /n families (the /n digit). */
export const ALU_ADD = 0;
export const ALU_OR = 1;
export const ALU_AND = 4;
export const ALU_SUB = 5;
export const ALU_XOR = 6;
export const ALU_CMP = 7;

/** Shifts (the C1/D3 /n digit). */
export const SHIFT_SHL = 4;
export const SHIFT_SHR = 5;
export const SHIFT_SAR = 7;

export function fitsInt8(x: number): boolean {
  return x >= -128 && x <= 127;
}

export function fitsInt32(x: number): boolean {
  return x >= -2147483648 && x <= 2147483647;
}

// ---- prefixes and operand bytes

/** A REX prefix when needed: W (64-bit operand), the high bits of reg, index and base; `force` for byte registers SPL…DIL. */
function rex(b: CodeBuffer, w: boolean, reg: number, index: number, base: number, force: boolean): void {
  const bits = (w ? 8 : 0) | (reg >= 8 ? 4 : 0) | (index >= 8 ? 2 : 0) | (base >= 8 ? 1 : 0);
  if (bits !== 0 || force) b.byte(0x40 | bits);
}

function modrm(b: CodeBuffer, mod: number, reg: number, rm: number): void {
  b.byte((mod << 6) | ((reg & 7) << 3) | (rm & 7));
}

/** ModRM (+ SIB + displacement) of the memory operand [base + index*scale + disp]; `reg` is the other operand or the /n digit. */
function memOperand(b: CodeBuffer, reg: number, base: number, index: number, scale: number, disp: number): void {
  // [rbp]/[r13] have no mod-00 form (it means rip-relative / no base): they take a zero disp8
  const mod = disp === 0 && (base & 7) !== RBP ? 0 : fitsInt8(disp) ? 1 : 2;
  if (index === NO_INDEX && (base & 7) !== RSP) {
    modrm(b, mod, reg, base);
  } else {
    // a SIB byte: for an index, or because rm = 100 with base rsp/r12 means "SIB follows"
    modrm(b, mod, reg, 4);
    const ss = scale === 8 ? 3 : scale === 4 ? 2 : scale === 2 ? 1 : 0;
    b.byte((ss << 6) | ((index === NO_INDEX ? RSP : index) & 7) << 3 | (base & 7)); // index 100: none
  }
  if (mod === 1) b.byte(disp);
  else if (mod === 2) b.int32(disp);
}

/** REX.W opcode /r with a register operand (`reg`) and a register r/m operand (`rm`). */
function opRR(b: CodeBuffer, w: boolean, opcode: number, reg: number, rm: number): void {
  rex(b, w, reg, NO_INDEX, rm, false);
  b.byte(opcode);
  modrm(b, 3, reg, rm);
}

/** REX.W opcode /r with a register and a memory operand. */
function opRM(b: CodeBuffer, w: boolean, opcode: number, reg: number, base: number, index: number, scale: number, disp: number): void {
  rex(b, w, reg, index, base, false);
  b.byte(opcode);
  memOperand(b, reg, base, index, scale, disp);
}

/** REX.W 0F opcode /r, register to register. */
function op0FRR(b: CodeBuffer, w: boolean, opcode: number, reg: number, rm: number): void {
  rex(b, w, reg, NO_INDEX, rm, false);
  b.byte(0x0f);
  b.byte(opcode);
  modrm(b, 3, reg, rm);
}

function op0FRM(b: CodeBuffer, w: boolean, opcode: number, reg: number, base: number, index: number, scale: number, disp: number): void {
  rex(b, w, reg, index, base, false);
  b.byte(0x0f);
  b.byte(opcode);
  memOperand(b, reg, base, index, scale, disp);
}

// ---- moves

/** mov dst, src (64-bit). */
export function movRR(b: CodeBuffer, dst: number, src: number): void {
  opRR(b, true, 0x89, src, dst);
}

/** movsxd dst, src32: src's low 32 bits, sign-extended (JavaScript's ToInt32 of an int). */
export function movsxdRR(b: CodeBuffer, dst: number, src: number): void {
  opRR(b, true, 0x63, dst, src);
}

/** mov dst32, src32: src's low 32 bits, zero-extended (ToUint32). */
export function mov32RR(b: CodeBuffer, dst: number, src: number): void {
  opRR(b, false, 0x89, src, dst);
}

/** mov dst, imm: the shortest form (sign-extended imm32, zero-extending 32-bit mov, or imm64); imm within ±2^53. */
export function movRI(b: CodeBuffer, dst: number, imm: number): void {
  if (imm >= 0 && imm <= 4294967295) {
    rex(b, false, 0, NO_INDEX, dst, false);
    b.byte(0xb8 + (dst & 7));
    b.int32(imm);
  } else if (fitsInt32(imm)) {
    rex(b, true, 0, NO_INDEX, dst, false);
    b.byte(0xc7);
    modrm(b, 3, 0, dst);
    b.int32(imm);
  } else {
    rex(b, true, 0, NO_INDEX, dst, false);
    b.byte(0xb8 + (dst & 7));
    b.int64(imm);
  }
}

/** mov dst, imm64 given as two 32-bit words (any bit pattern: a float's bits). */
export function movRIWords(b: CodeBuffer, dst: number, hi: number, lo: number): void {
  rex(b, true, 0, NO_INDEX, dst, false);
  b.byte(0xb8 + (dst & 7));
  b.int32(lo);
  b.int32(hi);
}

/** mov dst, [base + index*scale + disp] (64-bit load). */
export function load(b: CodeBuffer, dst: number, base: number, index: number, scale: number, disp: number): void {
  opRM(b, true, 0x8b, dst, base, index, scale, disp);
}

/** mov [base + index*scale + disp], src (64-bit store). */
export function store(b: CodeBuffer, base: number, index: number, scale: number, disp: number, src: number): void {
  opRM(b, true, 0x89, src, base, index, scale, disp);
}

/** mov qword [base + index*scale + disp], imm32 (sign-extended). */
export function storeImm(b: CodeBuffer, base: number, index: number, scale: number, disp: number, imm: number): void {
  opRM(b, true, 0xc7, 0, base, index, scale, disp);
  b.int32(imm);
}

/** A load of `size` bytes (1, 2, 4), zero- or sign-extended to 64 bits. */
export function loadNarrow(b: CodeBuffer, dst: number, size: number, signed: boolean, base: number, index: number, scale: number, disp: number): void {
  if (size === 4) {
    if (signed) opRM(b, true, 0x63, dst, base, index, scale, disp); // movsxd
    else opRM(b, false, 0x8b, dst, base, index, scale, disp); // a 32-bit mov zero-extends
  } else {
    op0FRM(b, true, (signed ? 0xbe : 0xb6) + (size === 2 ? 1 : 0), dst, base, index, scale, disp); // movsx / movzx
  }
}

/** A store of the low `size` bytes (1, 2, 4) of src. */
export function storeNarrow(b: CodeBuffer, size: number, base: number, index: number, scale: number, disp: number, src: number): void {
  if (size === 2) b.byte(0x66);
  rex(b, false, src, index, base, size === 1 && src >= 4 && src < 8); // spl…dil need a REX prefix
  b.byte(size === 1 ? 0x88 : 0x89);
  memOperand(b, src, base, index, scale, disp);
}

/** lea dst, [base + index*scale + disp]. */
export function lea(b: CodeBuffer, dst: number, base: number, index: number, scale: number, disp: number): void {
  opRM(b, true, 0x8d, dst, base, index, scale, disp);
}

// ---- arithmetic

/** op dst, src for op = ALU_ADD, ALU_OR, ALU_AND, ALU_SUB, ALU_XOR, ALU_CMP (64-bit). */
export function aluRR(b: CodeBuffer, op: number, dst: number, src: number): void {
  opRR(b, true, op * 8 + 1, src, dst);
}

/** op dst, imm (imm8 sign-extended when it fits, else imm32; rax has a one byte shorter imm32 form). */
export function aluRI(b: CodeBuffer, op: number, dst: number, imm: number): void {
  if (dst === RAX && !fitsInt8(imm)) {
    b.byte(0x48);
    b.byte(op * 8 + 5);
    b.int32(imm);
    return;
  }
  rex(b, true, 0, NO_INDEX, dst, false);
  b.byte(fitsInt8(imm) ? 0x83 : 0x81);
  modrm(b, 3, op, dst);
  if (fitsInt8(imm)) b.byte(imm);
  else b.int32(imm);
}

/** op dst, [base + index*scale + disp]. */
export function aluRM(b: CodeBuffer, op: number, dst: number, base: number, index: number, scale: number, disp: number): void {
  opRM(b, true, op * 8 + 3, dst, base, index, scale, disp);
}

/** op qword [base + index*scale + disp], imm (imm8 sign-extended when it fits, else imm32): a compare with memory, say. */
export function aluMI(b: CodeBuffer, op: number, base: number, index: number, scale: number, disp: number, imm: number): void {
  opRM(b, true, fitsInt8(imm) ? 0x83 : 0x81, op, base, index, scale, disp);
  if (fitsInt8(imm)) b.byte(imm);
  else b.int32(imm);
}

/** imul dst, src (64-bit, low half). */
export function imulRR(b: CodeBuffer, dst: number, src: number): void {
  op0FRR(b, true, 0xaf, dst, src);
}

/** imul dst, src, imm. */
export function imulRRI(b: CodeBuffer, dst: number, src: number, imm: number): void {
  opRR(b, true, fitsInt8(imm) ? 0x6b : 0x69, dst, src);
  if (fitsInt8(imm)) b.byte(imm);
  else b.int32(imm);
}

/** test a, b (64-bit). */
export function testRR(b: CodeBuffer, a: number, c: number): void {
  opRR(b, true, 0x85, c, a);
}

/** test byte [base + index*scale + disp], imm8 (a flag bit in memory: no register, no load of its own). */
export function testMI8(b: CodeBuffer, base: number, index: number, scale: number, disp: number, imm: number): void {
  opRM(b, false, 0xf6, 0, base, index, scale, disp);
  b.byte(imm & 0xff);
}

/** neg r / not r. */
export function negR(b: CodeBuffer, r: number): void {
  opRR(b, true, 0xf7, 3, r);
}

export function notR(b: CodeBuffer, r: number): void {
  opRR(b, true, 0xf7, 2, r);
}

/** shl/shr/sar r, imm (op = SHIFT_SHL, SHIFT_SHR, SHIFT_SAR). */
export function shiftRI(b: CodeBuffer, op: number, r: number, imm: number): void {
  opRR(b, true, 0xc1, op, r);
  b.byte(imm);
}

/** shl/shr/sar r, cl. */
export function shiftRCL(b: CodeBuffer, op: number, r: number): void {
  opRR(b, true, 0xd3, op, r);
}

/** cqo: sign-extends rax into rdx:rax (before idiv). */
export function cqo(b: CodeBuffer): void {
  b.byte(0x48);
  b.byte(0x99);
}

/** idiv r: rdx:rax / r, quotient in rax, remainder in rdx. */
export function idivR(b: CodeBuffer, r: number): void {
  opRR(b, true, 0xf7, 7, r);
}

/** setcc r8 (the low byte of r) on condition cc. */
export function setcc(b: CodeBuffer, cc: number, r: number): void {
  rex(b, false, 0, NO_INDEX, r, r >= 4 && r < 8);
  b.byte(0x0f);
  b.byte(0x90 + cc);
  modrm(b, 3, 0, r);
}

/** movzx dst, src8 (the low byte of src, zero-extended to 64 bits). */
export function movzxRR8(b: CodeBuffer, dst: number, src: number): void {
  rex(b, true, dst, NO_INDEX, src, false);
  b.byte(0x0f);
  b.byte(0xb6);
  modrm(b, 3, dst, src);
}

/** cmovcc dst, src. */
export function cmovcc(b: CodeBuffer, cc: number, dst: number, src: number): void {
  op0FRR(b, true, 0x40 + cc, dst, src);
}

// ---- stack, jumps, calls

export function push(b: CodeBuffer, r: number): void {
  rex(b, false, 0, NO_INDEX, r, false);
  b.byte(0x50 + (r & 7));
}

export function pop(b: CodeBuffer, r: number): void {
  rex(b, false, 0, NO_INDEX, r, false);
  b.byte(0x58 + (r & 7));
}

/** jmp rel32; returns the position of the displacement (to patch). The displacement counts from the end of the instruction. */
export function jmpRel32(b: CodeBuffer, rel: number): number {
  b.byte(0xe9);
  const at = b.length;
  b.int32(rel);
  return at;
}

/** jcc rel32; returns the position of the displacement. */
export function jccRel32(b: CodeBuffer, cc: number, rel: number): number {
  b.byte(0x0f);
  b.byte(0x80 + cc);
  const at = b.length;
  b.int32(rel);
  return at;
}

/** call rel32; returns the position of the displacement. */
export function callRel32(b: CodeBuffer, rel: number): number {
  b.byte(0xe8);
  const at = b.length;
  b.int32(rel);
  return at;
}

/** jmp r / call r (indirect). */
export function jmpR(b: CodeBuffer, r: number): void {
  opRR(b, false, 0xff, 4, r);
}

export function callR(b: CodeBuffer, r: number): void {
  opRR(b, false, 0xff, 2, r);
}

export function ret(b: CodeBuffer): void {
  b.byte(0xc3);
}

export function int3(b: CodeBuffer): void {
  b.byte(0xcc);
}

export function ud2(b: CodeBuffer): void {
  b.byte(0x0f);
  b.byte(0x0b);
}

// ---- SSE2 doubles (registers are xmm0-15)

/** An SSE instruction: mandatory prefix, REX, 0F opcode /r register to register. */
function sseRR(b: CodeBuffer, prefix: number, w: boolean, opcode: number, reg: number, rm: number): void {
  b.byte(prefix);
  op0FRR(b, w, opcode, reg, rm);
}

function sseRM(b: CodeBuffer, prefix: number, opcode: number, reg: number, base: number, index: number, scale: number, disp: number): void {
  b.byte(prefix);
  op0FRM(b, false, opcode, reg, base, index, scale, disp);
}

/** movsd xdst, xsrc. */
export function movsdRR(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0xf2, false, 0x10, dst, src);
}

/** movsd xdst, [mem] / movsd [mem], xsrc. */
export function movsdLoad(b: CodeBuffer, dst: number, base: number, index: number, scale: number, disp: number): void {
  sseRM(b, 0xf2, 0x10, dst, base, index, scale, disp);
}

export function movsdStore(b: CodeBuffer, base: number, index: number, scale: number, disp: number, src: number): void {
  sseRM(b, 0xf2, 0x11, src, base, index, scale, disp);
}

/** Arithmetic on doubles: SSE_ADD, SSE_MUL, SSE_SUB, SSE_DIV, SSE_SQRT (xdst op= xsrc). */
export const SSE_SQRT = 0x51;
export const SSE_ADD = 0x58;
export const SSE_MUL = 0x59;
export const SSE_SUB = 0x5c;
export const SSE_DIV = 0x5e;

export function sseArith(b: CodeBuffer, op: number, dst: number, src: number): void {
  sseRR(b, 0xf2, false, op, dst, src);
}

/** movapd xdst, xsrc: a register's double (both lanes) into another. */
export function movapd(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0x66, false, 0x28, dst, src);
}

/** ucomisd a, c: compares doubles (ZF, PF, CF; PF set when unordered). */
export function ucomisd(b: CodeBuffer, a: number, c: number): void {
  sseRR(b, 0x66, false, 0x2e, a, c);
}

/** xorpd xdst, xsrc (xorpd x, x: zero). */
export function xorpd(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0x66, false, 0x57, dst, src);
}

/** cvtsi2sd xdst, r64 / cvttsd2si r64, xsrc (truncating). */
export function cvtsi2sd(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0xf2, true, 0x2a, dst, src);
}

export function cvttsd2si(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0xf2, true, 0x2c, dst, src);
}

/** movq xdst, r64 / movq r64, xsrc: a double's bits between register files. */
export function movqXR(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0x66, true, 0x6e, dst, src);
}

export function movqRX(b: CodeBuffer, dst: number, src: number): void {
  sseRR(b, 0x66, true, 0x7e, src, dst);
}
