// The JIT's x86-64 encoders (plugins/jit-x86-64/encoder.ts, RTS code run
// here on Node) against a table of (call, bytes, GNU as text), as
// Cranelift's emit_tests.rs does; the table's bytes are checked against GNU
// as itself, and so is every addressing form (each base register, index
// register, scale and displacement size) generated in full.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { CodeBuffer } from "../../plugins/jit-x86-64/codebuf.ts";
import * as X from "../../plugins/jit-x86-64/encoder.ts";
import { tmpDir } from "../harness.ts";

const R64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];
const R32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"];
const R16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"];
const R8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"];
const NONE = X.NO_INDEX;

type Emit = (b: CodeBuffer) => unknown;
/** [what, encoder call, bytes (hex), the same instruction for GNU as (AT&T)] */
const TABLE: [string, Emit, string, string][] = [
  ["mov rax, r9", (b) => X.movRR(b, X.RAX, X.R9), "4c89c8", "mov %r9, %rax"],
  ["mov r15, rsp", (b) => X.movRR(b, X.R15, X.RSP), "4989e7", "mov %rsp, %r15"],
  ["mov eax, 5", (b) => X.movRI(b, X.RAX, 5), "b805000000", "mov $5, %eax"],
  ["mov r11d, 0xffffffff", (b) => X.movRI(b, X.R11, 4294967295), "41bbffffffff", "mov $0xffffffff, %r11d"],
  ["mov rcx, -1", (b) => X.movRI(b, X.RCX, -1), "48c7c1ffffffff", "mov $-1, %rcx"],
  ["mov r10, -2^31", (b) => X.movRI(b, X.R10, -2147483648), "49c7c200000080", "mov $-0x80000000, %r10"],
  ["movabs rdx, 2^40+7", (b) => X.movRI(b, X.RDX, 2 ** 40 + 7), "48ba0700000000010000", "movabs $0x10000000007, %rdx"],
  ["movabs r12, -2^53", (b) => X.movRI(b, X.R12, -(2 ** 53)), "49bc000000000000e0ff", "movabs $-0x20000000000000, %r12"],
  ["movabs r13, bits of 1.5", (b) => X.movRIWords(b, X.R13, 0x3ff80000, 0), "49bd000000000000f83f", "movabs $0x3ff8000000000000, %r13"],
  ["mov rax, [rbx+8]", (b) => X.load(b, X.RAX, X.RBX, NONE, 1, 8), "488b4308", "mov 8(%rbx), %rax"],
  ["mov rax, [rsp]", (b) => X.load(b, X.RAX, X.RSP, NONE, 1, 0), "488b0424", "mov (%rsp), %rax"],
  ["mov rax, [rbp]", (b) => X.load(b, X.RAX, X.RBP, NONE, 1, 0), "488b4500", "mov 0(%rbp), %rax"],
  ["mov r9, [r13+0x1000]", (b) => X.load(b, X.R9, X.R13, NONE, 1, 0x1000), "4d8b8d00100000", "mov 0x1000(%r13), %r9"],
  ["mov rdx, [r12+rcx*8-16]", (b) => X.load(b, X.RDX, X.R12, X.RCX, 8, -16), "498b54ccf0", "mov -16(%r12,%rcx,8), %rdx"],
  ["mov [rdi+r14*2], rsi", (b) => X.store(b, X.RDI, X.R14, 2, 0, X.RSI), "4a893477", "mov %rsi, (%rdi,%r14,2)"],
  ["mov qword [rax+24], -7", (b) => X.storeImm(b, X.RAX, NONE, 1, 24, -7), "48c74018f9ffffff", "movq $-7, 24(%rax)"],
  ["movzx rax, byte [rsi+rdx]", (b) => X.loadNarrow(b, X.RAX, 1, false, X.RSI, X.RDX, 1, 0), "480fb60416", "movzbq (%rsi,%rdx,1), %rax"],
  ["movsx r8, word [rbx+2]", (b) => X.loadNarrow(b, X.R8, 2, true, X.RBX, NONE, 1, 2), "4c0fbf4302", "movswq 2(%rbx), %r8"],
  ["mov ecx, [rax+4]", (b) => X.loadNarrow(b, X.RCX, 4, false, X.RAX, NONE, 1, 4), "8b4804", "mov 4(%rax), %ecx"],
  ["movsxd rcx, [rax+4]", (b) => X.loadNarrow(b, X.RCX, 4, true, X.RAX, NONE, 1, 4), "48634804", "movslq 4(%rax), %rcx"],
  ["mov byte [rax], sil", (b) => X.storeNarrow(b, 1, X.RAX, NONE, 1, 0, X.RSI), "408830", "mov %sil, (%rax)"],
  ["mov byte [r9+1], cl", (b) => X.storeNarrow(b, 1, X.R9, NONE, 1, 1, X.RCX), "41884901", "mov %cl, 1(%r9)"],
  ["mov word [rbx], r10w", (b) => X.storeNarrow(b, 2, X.RBX, NONE, 1, 0, X.R10), "66448913", "mov %r10w, (%rbx)"],
  ["mov dword [rsp+8], eax", (b) => X.storeNarrow(b, 4, X.RSP, NONE, 1, 8, X.RAX), "89442408", "mov %eax, 8(%rsp)"],
  ["lea rax, [rdi+rsi*4+100]", (b) => X.lea(b, X.RAX, X.RDI, X.RSI, 4, 100), "488d44b764", "lea 100(%rdi,%rsi,4), %rax"],
  ["add rax, rbx", (b) => X.aluRR(b, X.ALU_ADD, X.RAX, X.RBX), "4801d8", "add %rbx, %rax"],
  ["sub r8, r9", (b) => X.aluRR(b, X.ALU_SUB, X.R8, X.R9), "4d29c8", "sub %r9, %r8"],
  ["and rcx, rdx", (b) => X.aluRR(b, X.ALU_AND, X.RCX, X.RDX), "4821d1", "and %rdx, %rcx"],
  ["or rsi, r15", (b) => X.aluRR(b, X.ALU_OR, X.RSI, X.R15), "4c09fe", "or %r15, %rsi"],
  ["xor eax-wide rax, rax", (b) => X.aluRR(b, X.ALU_XOR, X.RAX, X.RAX), "4831c0", "xor %rax, %rax"],
  ["cmp rdi, rsi", (b) => X.aluRR(b, X.ALU_CMP, X.RDI, X.RSI), "4839f7", "cmp %rsi, %rdi"],
  ["add rsp, 8", (b) => X.aluRI(b, X.ALU_ADD, X.RSP, 8), "4883c408", "add $8, %rsp"],
  ["sub rsp, 0x1000", (b) => X.aluRI(b, X.ALU_SUB, X.RSP, 0x1000), "4881ec00100000", "sub $0x1000, %rsp"],
  ["cmp r11, -1", (b) => X.aluRI(b, X.ALU_CMP, X.R11, -1), "4983fbff", "cmp $-1, %r11"],
  ["and rax, 0x7fffffff", (b) => X.aluRI(b, X.ALU_AND, X.RAX, 0x7fffffff), "4825ffffff7f", "and $0x7fffffff, %rax"],
  ["and rbx, 0x7fffffff", (b) => X.aluRI(b, X.ALU_AND, X.RBX, 0x7fffffff), "4881e3ffffff7f", "and $0x7fffffff, %rbx"],
  ["add rax, [rbp-8]", (b) => X.aluRM(b, X.ALU_ADD, X.RAX, X.RBP, NONE, 1, -8), "480345f8", "add -8(%rbp), %rax"],
  ["cmp r12, [r13]", (b) => X.aluRM(b, X.ALU_CMP, X.R12, X.R13, NONE, 1, 0), "4d3b6500", "cmp 0(%r13), %r12"],
  ["imul rax, r10", (b) => X.imulRR(b, X.RAX, X.R10), "490fafc2", "imul %r10, %rax"],
  ["imul rcx, rdx, 10", (b) => X.imulRRI(b, X.RCX, X.RDX, 10), "486bca0a", "imul $10, %rdx, %rcx"],
  ["imul r9, r9, 1000", (b) => X.imulRRI(b, X.R9, X.R9, 1000), "4d69c9e8030000", "imul $1000, %r9, %r9"],
  ["test rax, rax", (b) => X.testRR(b, X.RAX, X.RAX), "4885c0", "test %rax, %rax"],
  ["cmp qword [rcx+8], 10", (b) => X.aluMI(b, X.ALU_CMP, X.RCX, NONE, 1, 8, 10), "488379080a", "cmpq $0xa, 8(%rcx)"],
  ["cmp qword [r13+8], 300", (b) => X.aluMI(b, X.ALU_CMP, X.R13, NONE, 1, 8, 300), "49817d082c010000", "cmpq $0x12c, 8(%r13)"],
  ["cmp qword [rbp+8], 0", (b) => X.aluMI(b, X.ALU_CMP, X.RBP, NONE, 1, 8, 0), "48837d0800", "cmpq $0x0, 8(%rbp)"],
  ["test byte [rcx+4], 4", (b) => X.testMI8(b, X.RCX, NONE, 1, 4, 4), "f6410404", "testb $0x4, 4(%rcx)"],
  ["test byte [r13+4], 4", (b) => X.testMI8(b, X.R13, NONE, 1, 4, 4), "41f6450404", "testb $0x4, 4(%r13)"],
  ["test byte [rbp+rdx*8+16], 128", (b) => X.testMI8(b, X.RBP, X.RDX, 8, 16, 128), "f644d51080", "testb $0x80, 16(%rbp,%rdx,8)"],
  ["test r8, rbx", (b) => X.testRR(b, X.R8, X.RBX), "4985d8", "test %rbx, %r8"],
  ["neg rbx", (b) => X.negR(b, X.RBX), "48f7db", "neg %rbx"],
  ["not r14", (b) => X.notR(b, X.R14), "49f7d6", "not %r14"],
  ["movsxd rax, ecx", (b) => X.movsxdRR(b, X.RAX, X.RCX), "4863c1", "movslq %ecx, %rax"],
  ["movsxd r9, r14d", (b) => X.movsxdRR(b, X.R9, X.R14), "4d63ce", "movslq %r14d, %r9"],
  ["mov eax, eax", (b) => X.mov32RR(b, X.RAX, X.RAX), "89c0", "mov %eax, %eax"],
  ["mov r10d, esi", (b) => X.mov32RR(b, X.R10, X.RSI), "4189f2", "mov %esi, %r10d"],
  ["shl rax, 3", (b) => X.shiftRI(b, X.SHIFT_SHL, X.RAX, 3), "48c1e003", "shl $3, %rax"],
  ["sar r9, 63", (b) => X.shiftRI(b, X.SHIFT_SAR, X.R9, 63), "49c1f93f", "sar $63, %r9"],
  ["shr rdx, cl", (b) => X.shiftRCL(b, X.SHIFT_SHR, X.RDX), "48d3ea", "shr %cl, %rdx"],
  ["cqo", (b) => X.cqo(b), "4899", "cqo"],
  ["idiv rcx", (b) => X.idivR(b, X.RCX), "48f7f9", "idiv %rcx"],
  ["idiv r11", (b) => X.idivR(b, X.R11), "49f7fb", "idiv %r11"],
  ["sete al", (b) => X.setcc(b, X.CC_E, X.RAX), "0f94c0", "sete %al"],
  ["setl sil", (b) => X.setcc(b, X.CC_L, X.RSI), "400f9cc6", "setl %sil"],
  ["setg r10b", (b) => X.setcc(b, X.CC_G, X.R10), "410f9fc2", "setg %r10b"],
  ["movzx rax, al", (b) => X.movzxRR8(b, X.RAX, X.RAX), "480fb6c0", "movzbq %al, %rax"],
  ["movzx r9, dil", (b) => X.movzxRR8(b, X.R9, X.RDI), "4c0fb6cf", "movzbq %dil, %r9"],
  ["cmovne rax, rdx", (b) => X.cmovcc(b, X.CC_NE, X.RAX, X.RDX), "480f45c2", "cmovne %rdx, %rax"],
  ["cmovl r12, r13", (b) => X.cmovcc(b, X.CC_L, X.R12, X.R13), "4d0f4ce5", "cmovl %r13, %r12"],
  ["push rbp", (b) => X.push(b, X.RBP), "55", "push %rbp"],
  ["push r12", (b) => X.push(b, X.R12), "4154", "push %r12"],
  ["pop r15", (b) => X.pop(b, X.R15), "415f", "pop %r15"],
  ["jmp ext", (b) => X.jmpRel32(b, 0), "e900000000", "jmp ext"],
  ["jne ext", (b) => X.jccRel32(b, X.CC_NE, 0), "0f8500000000", "jne ext"],
  ["jo ext", (b) => X.jccRel32(b, X.CC_O, 0), "0f8000000000", "jo ext"],
  ["call ext", (b) => X.callRel32(b, 0), "e800000000", "call ext"],
  ["jmp rax", (b) => X.jmpR(b, X.RAX), "ffe0", "jmp *%rax"],
  ["call r11", (b) => X.callR(b, X.R11), "41ffd3", "call *%r11"],
  ["ret", (b) => X.ret(b), "c3", "ret"],
  ["int3", (b) => X.int3(b), "cc", "int3"],
  ["ud2", (b) => X.ud2(b), "0f0b", "ud2"],
  ["movsd xmm1, xmm2", (b) => X.movsdRR(b, 1, 2), "f20f10ca", "movsd %xmm2, %xmm1"],
  ["movsd xmm9, xmm0", (b) => X.movsdRR(b, 9, 0), "f2440f10c8", "movsd %xmm0, %xmm9"],
  ["movsd xmm0, [rax+8]", (b) => X.movsdLoad(b, 0, X.RAX, NONE, 1, 8), "f20f104008", "movsd 8(%rax), %xmm0"],
  ["movsd [r12+rbx*8], xmm15", (b) => X.movsdStore(b, X.R12, X.RBX, 8, 0, 15), "f2450f113cdc", "movsd %xmm15, (%r12,%rbx,8)"],
  ["addsd xmm0, xmm1", (b) => X.sseArith(b, X.SSE_ADD, 0, 1), "f20f58c1", "addsd %xmm1, %xmm0"],
  ["subsd xmm3, xmm12", (b) => X.sseArith(b, X.SSE_SUB, 3, 12), "f2410f5cdc", "subsd %xmm12, %xmm3"],
  ["mulsd xmm2, xmm2", (b) => X.sseArith(b, X.SSE_MUL, 2, 2), "f20f59d2", "mulsd %xmm2, %xmm2"],
  ["divsd xmm8, xmm9", (b) => X.sseArith(b, X.SSE_DIV, 8, 9), "f2450f5ec1", "divsd %xmm9, %xmm8"],
  ["sqrtsd xmm0, xmm7", (b) => X.sseArith(b, X.SSE_SQRT, 0, 7), "f20f51c7", "sqrtsd %xmm7, %xmm0"],
  ["ucomisd xmm0, xmm1", (b) => X.ucomisd(b, 0, 1), "660f2ec1", "ucomisd %xmm1, %xmm0"],
  ["xorpd xmm5, xmm5", (b) => X.xorpd(b, 5, 5), "660f57ed", "xorpd %xmm5, %xmm5"],
  ["cvtsi2sd xmm0, rdi", (b) => X.cvtsi2sd(b, 0, X.RDI), "f2480f2ac7", "cvtsi2sd %rdi, %xmm0"],
  ["cvttsd2si rax, xmm10", (b) => X.cvttsd2si(b, X.RAX, 10), "f2490f2cc2", "cvttsd2si %xmm10, %rax"],
  ["movapd xmm9, xmm0", (b) => X.movapd(b, 9, 0), "66440f28c8", "movapd %xmm0, %xmm9"],
  ["movapd xmm1, xmm15", (b) => X.movapd(b, 1, 15), "66410f28cf", "movapd %xmm15, %xmm1"],
  ["movq xmm1, rax", (b) => X.movqXR(b, 1, X.RAX), "66480f6ec8", "movq %rax, %xmm1"],
  ["movq r8, xmm3", (b) => X.movqRX(b, X.R8, 3), "66490f7ed8", "movq %xmm3, %r8"],
];

function bytesOf(emit: Emit): string {
  const b = new CodeBuffer(4);
  emit(b);
  return b.hex();
}

/** Every addressing form of a 64-bit load: each base, with and without an index, each scale, displacements of 0/8/32 bits. */
function addressingForms(): [Emit, string][] {
  const out: [Emit, string][] = [];
  for (let base = 0; base < 16; base++) {
    for (const disp of [0, 1, -128, 128, -0x12345678]) {
      for (const index of [NONE, X.RAX, X.RBP, X.R12, X.R13, X.R15]) {
        for (const scale of index === NONE ? [1] : [1, 2, 4, 8]) {
          const dst = (base * 7 + disp) & 15;
          const mem = `${disp}(%${R64[base]}${index === NONE ? "" : `,%${R64[index]},${scale}`})`;
          out.push([(b) => X.load(b, dst, base, index, scale, disp), `mov ${mem}, %${R64[dst]}`]);
          out.push([(b) => X.storeNarrow(b, 1, base, index, scale, disp, dst), `mov %${R8[dst]}, ${mem}`]);
          out.push([(b) => X.storeNarrow(b, 2, base, index, scale, disp, dst), `mov %${R16[dst]}, ${mem}`]);
          out.push([(b) => X.loadNarrow(b, dst, 4, false, base, index, scale, disp), `mov ${mem}, %${R32[dst]}`]);
        }
      }
    }
  }
  return out;
}

/** GNU as's bytes for each line (objdump of one object file; `ext` is an undefined symbol, so branches to it take rel32 zeros). */
function gnuBytes(lines: string[]): string[] {
  const dir = tmpDir("x86-encoder");
  const src = path.join(dir, "t.s");
  const obj = path.join(dir, "t.o");
  fs.writeFileSync(src, lines.map((l) => `  ${l}\n`).join(""));
  const as = spawnSync("as", ["--64", "-o", obj, src], { encoding: "utf8" });
  expect(as.stderr).toBe("");
  const dump = spawnSync("objdump", ["-d", "--insn-width=16", obj], { encoding: "utf8", maxBuffer: 1 << 26 });
  return dump.stdout
    .split("\n")
    .map((l) => /^\s+[0-9a-f]+:\t((?:[0-9a-f]{2} )+)\s*\t/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[1].replace(/ /g, ""));
}

describe("x86-64 encoders", () => {
  it.each(TABLE)("%s", (_, emit, hex) => {
    expect(bytesOf(emit)).toBe(hex);
  });

  it("the table's bytes are GNU as's", () => {
    expect(gnuBytes(TABLE.map((t) => t[3]))).toEqual(TABLE.map((t) => t[2]));
  });

  it("encodes every base, index, scale and displacement as GNU as does", () => {
    const forms = addressingForms();
    expect(forms.length).toBe(6720);
    expect(forms.map(([emit]) => bytesOf(emit))).toEqual(gnuBytes(forms.map(([, asm]) => asm)));
  });

  it("grows its buffer and patches a jump's displacement", () => {
    const b = new CodeBuffer(4);
    const at = X.jccRel32(b, X.CC_E, 0);
    for (let i = 0; i < 100; i++) X.push(b, X.RAX);
    b.patchInt32(at, b.length - (at + 4));
    expect(b.hex()).toBe("0f8464000000" + "50".repeat(100));
    b.int64(-2);
    expect(b.hex().slice(-16)).toBe("feffffffffffffff");
  });
});
