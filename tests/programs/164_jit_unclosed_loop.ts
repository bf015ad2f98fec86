// A hot loop header whose traces leave the portal before the loop closes:
// each run of the little VM goes round its loop twice and returns, so a
// trace that starts at the loop's header meets the portal's return instead
// of the header again.  The JIT counts to the threshold again after such a
// trace and gives the key up after three (it used to trace again at every
// round).  The output is the same untranslated, translated and under the JIT.
import { JitDriver, immutableFields } from "rts/jit";

const NOP = 0;
const INC = 1;
const LOOP_BELOW = 2;
const RET = 3;

class Code {
  constructor(
    readonly ops: number[],
    readonly args: number[],
  ) {}
}
immutableFields(Code, "ops[*]", "args[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["acc", "start"] });

function run(code: Code, start: number): number {
  let pc = 0;
  let acc = start;
  while (pc < code.ops.length) {
    driver.jitMergePoint({ pc, code, acc, start });
    const op = code.ops[pc];
    const arg = code.args[pc];
    pc++;
    if (op === NOP) continue;
    if (op === INC) acc += arg;
    else if (op === LOOP_BELOW) {
      if (acc < start + arg) {
        pc = 1;
        driver.canEnterJit({ pc, code, acc, start });
      }
    } else if (op === RET) return acc * 2;
  }
  return acc;
}

export function main(_argv: string[]): number {
  // (the loop's header, pc 1, is not the function's first merge point: a trace from it is a loop's, not an entry's)
  const code = new Code([NOP, INC, LOOP_BELOW, RET], [0, 3, 6, 0]);
  let total = 0;
  for (let i = 0; i < 3000; i++) total = (total + run(code, i % 17)) % 1000003;
  console.log(total);
  return 0;
}
