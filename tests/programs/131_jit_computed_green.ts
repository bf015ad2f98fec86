// A green computed from red data: the VM's indirect jump takes its target
// from the value stack, so at the next merge point `pc` is not a constant
// of the trace. The JIT must guard its value there (RPython promotes the
// greens at every jit_merge_point): a loop closed on the target the trace
// happened to see would run block 0's code (ADD 1) where the program jumps
// to block 1 (ADD 1000) — the two blocks differ only in their arguments.
// jit-summary: guard-failures > 0
import { JitDriver, immutableFields } from "rts/jit";

const ADD = 0; // acc += arg
const DEC = 1; // n -= 1
const EXITZ = 2; // stop when n is 0
const PUSHN = 3; // push n
const PUSH = 4; // push arg
const AND = 5;
const MUL = 6;
const SHR = 7;
const JMPI = 8; // pc = pop()
const BLOCK = 15;

class Program {
  readonly ops: number[];
  constructor(ops: number[]) {
    this.ops = ops;
  }
}
immutableFields(Program, "ops[*]");

class State {
  acc = 0;
  n = 0;
  jumps = 0;
}

const driver = new JitDriver({ greens: ["pc", "prog"], reds: ["st", "stack"] });

function run(prog: Program, st: State): void {
  let pc = 0;
  const stack: number[] = [];
  while (true) {
    driver.jitMergePoint({ pc, prog, st, stack });
    const op = prog.ops[pc];
    if (op === ADD) {
      st.acc += prog.ops[pc + 1];
      pc += 2;
    } else if (op === DEC) {
      st.n -= 1;
      pc += 1;
    } else if (op === EXITZ) {
      if (st.n === 0) return;
      pc += 1;
    } else if (op === PUSHN) {
      stack.push(st.n);
      pc += 1;
    } else if (op === PUSH) {
      stack.push(prog.ops[pc + 1]);
      pc += 2;
    } else if (op === AND || op === MUL || op === SHR) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      stack.push(op === AND ? a & b : op === MUL ? a * b : a >> b);
      pc += 1;
    } else {
      const target = stack.pop()!;
      st.jumps++;
      const back = target <= pc;
      pc = target;
      if (back) driver.canEnterJit({ pc, prog, st, stack });
    }
  }
}

/** A block (BLOCK words): acc += add; n -= 1; stop at 0; jump to block (n >> shift) & 1. */
function block(ops: number[], add: number, shift: number): void {
  ops.push(ADD, add, DEC, EXITZ, PUSHN, PUSH, shift, SHR, PUSH, 1, AND, PUSH, BLOCK, MUL, JMPI);
}

export function main(argv: string[]): number {
  for (const shift of [0, 1, 3]) {
    for (const n of [5, 40, 300, 2000]) {
      const ops2: number[] = [];
      block(ops2, 1, shift);
      block(ops2, 1000, shift);
      const st = new State();
      st.n = n;
      run(new Program(ops2), st);
      console.log(String(shift) + " " + String(n) + ": acc " + String(st.acc) + ", jumps " + String(st.jumps));
    }
  }
  return argv.length > 5 ? 1 : 0;
}
