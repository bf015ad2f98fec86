// The JIT's x86-64 encoders (plugins/jit-x86-64, RTS code that runs in the
// translated binary) write the same bytes translated as on Node: every
// register in every operand position, immediates of each size (negative,
// past 2^32, a 64-bit word pair), a patched jump, and the buffer growing.
import { CodeBuffer } from "../../plugins/jit-x86-64/codebuf.ts";
import * as X from "../../plugins/jit-x86-64/encoder.ts";
export function main(argv: string[]): number {
  const b = new CodeBuffer(8);
  for (let r = 0; r < 16; r++) {
    X.movRR(b, r, 15 - r);
    X.movRI(b, r, r * 1000003 - 7000000);
    X.load(b, r, 15 - r, r === 4 ? X.NO_INDEX : r, 8, r * 100 - 800);
    X.aluRI(b, X.ALU_CMP, r, r * 50 - 300);
    X.setcc(b, X.CC_L, r);
    X.sseArith(b, X.SSE_ADD, r, 15 - r);
  }
  X.movRI(b, X.RAX, 2 ** 45 + 3);
  X.movRIWords(b, X.RDX, 0x3ff80000, 0);
  b.int64(-12345678901);
  const at = X.jmpRel32(b, 0);
  b.patchInt32(at, -b.length);
  console.log(b.length, b.hex());
  return 0;
}
