// Integer division and float truncation inline: the op table's
// int_div_trunc (intDiv), int_mod (`%` of ints), float_trunc_to_int
// (Math.trunc of a float made an int) and float_to_int32 (ToInt32: `x | 0`
// of a float, through a call of jitOpWordI before — the Python nqueens'
// hashing made 3.4M). Each leaves the cases it does not
// compute to the runner by exiting at the op, which then runs it and
// raises or stops the program as the interpreter would: a divisor of 0
// (intDiv's RangeError, `%`'s fatal error) or -1 (-2^63 / -1 traps on
// x86), a float cvttsd2si cannot convert (NaN, beyond ±2^63). Before
// this, int_div_trunc — it may raise — sent every run of a loop with a
// Python `%` back to the runner. RTS code.
import type { TraceAssembler } from "./native.ts";
import { loadableInt } from "./native-regs.ts";
import { ALU_CMP, CC_BE, CC_E, NO_INDEX, RAX, RCX, RDX, aluRR, aluRI, cqo, cvttsd2si, idivR, lea, movRIWords, movsxdRR } from "./encoder.ts";
import { KIND_F } from "../../framework/jit/runtime/resoperation.ts";

export function isDivisionOp(name: string): boolean {
  return name === "int_div_trunc" || name === "int_mod" || name === "float_trunc_to_int" || name === "float_to_int32";
}

/** Op k, an op isDivisionOp names: its result into its box; false when an operand does not load. */
export function divisionOp(asm: TraceAssembler, k: number, name: string): boolean {
  const op = asm.t.ops[k];
  const a = op.args;
  const b = asm.b;
  if (name === "float_trunc_to_int" || name === "float_to_int32") {
    if (a[0].kind !== KIND_F) return false;
    asm.float(0, a[0]);
    cvttsd2si(b, RAX, 0);
    // the "integer indefinite" -2^63 stands for every failure (and for -2^63 itself, which the runner converts)
    movRIWords(b, RCX, -2147483648, 0);
    aluRR(b, ALU_CMP, RAX, RCX);
    asm.exitIf(CC_E, k);
    // (ToInt32 of a value below 2^63: the low 32 bits of its truncation, signed; undefined, null and NaN exited above)
    if (name === "float_to_int32") movsxdRR(b, RAX, RAX);
    asm.setInt(op.result!, RAX);
    return true;
  }
  if (!loadableInt(a[0]) || !loadableInt(a[1])) return false;
  const d = a[1];
  asm.int(RCX, d);
  if (!d.isConst || d.intValue === 0 || d.intValue === -1) {
    // divisor + 1 <= 1 unsigned: the divisor is -1 or 0
    lea(b, RDX, RCX, NO_INDEX, 1, 1);
    aluRI(b, ALU_CMP, RDX, 1);
    asm.exitIf(CC_BE, k);
  }
  asm.int(RAX, a[0]);
  cqo(b);
  idivR(b, RCX);
  // (x86's remainder takes the dividend's sign, as JavaScript's %; a zero remainder is 0, not -0)
  asm.setInt(op.result!, name === "int_mod" ? RDX : RAX);
  return true;
}
