// Optional numbers and booleans whose null or undefined is a constant of
// the code the JIT traces (`return null` in a helper the trace inlines):
// the JIT's constant pools held them as 0 / 0.0 / false, so a trace took
// `v === null` to be false and went on with 0 (the Python interpreter's
// range(10)[::-3] gave range(0, 0, -3) in a loop).  Now they are the
// sentinel words the translated program uses.  The output is the same
// untranslated, translated and under the JIT.
import { JitDriver, immutableFields } from "rts/jit";

function bound(x: number): number | null {
  return x < 0 ? null : x;
}
function scale(x: number): number | undefined {
  return x % 3 === 0 ? undefined : x * 0.5;
}
function flag(x: number): boolean | null {
  return x % 4 === 0 ? null : x % 4 === 1;
}

function adjust(v: number | null, dflt: number, lo: number, hi: number): number {
  if (v === null) return dflt;
  return v < lo ? lo : v > hi ? hi : v;
}

const STEP = 0;
const JUMP = 1;

class Code {
  constructor(readonly ops: number[]) {}
}
immutableFields(Code, "ops[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["i", "acc", "n"] });

function run(code: Code, n: number): number {
  let pc = 0;
  let i = 0;
  let acc = 0;
  while (pc < code.ops.length) {
    driver.jitMergePoint({ pc, code, i, acc, n });
    const op = code.ops[pc];
    pc++;
    if (op === STEP) {
      const x = (i % 7) - 3;
      acc += adjust(bound(x), 100, 1, 2);
      const s = scale(i);
      acc += s === undefined ? 1000 : s;
      const f = flag(i);
      acc += f === null ? 7 : f ? 3 : 5;
      acc %= 1000003;
      i++;
    } else if (op === JUMP && i < n) {
      pc = 0;
      driver.canEnterJit({ pc, code, i, acc, n });
    }
  }
  return acc;
}

export function main(argv: string[]): number {
  console.log(run(new Code([STEP, JUMP]), 3000 + argv.length));
  console.log(adjust(bound(-1), 9, 0, 10), adjust(bound(4), 9, 0, 10), scale(3), flag(8));
  return 0;
}
