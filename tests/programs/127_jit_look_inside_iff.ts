// rts/jit lookInsideIff in a small VM: functions with loops the JIT traces
// through (unrolled) when a predicate of their arguments holds — here, when
// an argument is a constant of the trace — and calls otherwise.  A function
// that returns, one that throws (caught by its caller, from the traced body
// and from the call), one that returns nothing, a method.  The output is the same
// untranslated, translated and under the JIT.  It found a divergence: a
// residual call's exception caught by the loop it is in (CHECK_ACC) went
// past the catch in machine code — the exception left pending in rts_exc
// was taken by the translated trace runner's next call for its own.
import { JitDriver, immutableFields, isConstant, lookInsideIff } from "rts/jit";

const POW = 0;
const POW_ACC = 1;
const CHECK_ARG = 2;
const CHECK_ACC = 3;
const RECORD = 4;
const RECORD_ACC = 5;
const JUMP_IF = 6;
const SUM_ROW = 7;
const SUM_ROW_ACC = 8;

/** x to the n-th, modulo a prime: n rounds of a loop. */
function power(x: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r = (r * x) % 10007;
  return r;
}
function smallConstantExponent(x: number, n: number): boolean {
  return isConstant(n) && n <= 8;
}
lookInsideIff(power, smallConstantExponent);

class Overflow extends Error {}

/** How many hundreds x has, if no more than limit: one step per hundred. */
function hundreds(x: number, limit: number): number {
  let steps = 0;
  while (steps * 100 < x) steps++;
  if (steps > limit) throw new Overflow(`${x} has more than ${limit} hundreds`);
  return steps;
}
function constantAmount(x: number, _limit: number): boolean {
  return isConstant(x);
}
lookInsideIff(hundreds, constantAmount);

let recorded = 0;
/** Mixes x into `recorded`, times times. */
function record(x: number, times: number): void {
  for (let i = 0; i < times; i++) recorded = (recorded * 31 + x + i) % 65521;
}
function fewConstantTimes(_x: number, times: number): boolean {
  return isConstant(times) && times < 4;
}
lookInsideIff(record, fewConstantTimes);

/** A row of numbers: a method marked too (its predicate takes the receiver first). */
class Row {
  constructor(readonly cells: number[]) {}
  /** The sum of the first n cells: n rounds of a loop. */
  sumFirst(n: number): number {
    let s = 0;
    for (let i = 0; i < n; i++) s += this.cells[i];
    return s;
  }
}
function constantCount(_row: Row, n: number): boolean {
  return isConstant(n);
}
lookInsideIff(Row.prototype.sumFirst, constantCount);
const ROW = new Row([3, 1, 4, 1, 5, 9, 2, 6]);

let overflows = 0;
/** hundreds(), or 1 when x has too many. */
function hundredsOrOne(x: number, limit: number): number {
  try {
    return hundreds(x, limit);
  } catch (e) {
    if (!(e instanceof Overflow)) throw e;
    overflows++;
    return 1;
  }
}

/** Instructions: an op and its argument each (constants in a trace: the program is a green). */
class Code {
  constructor(
    readonly ops: number[],
    readonly args: number[],
  ) {}
}
immutableFields(Code, "ops[*]", "args[*]");

function assemble(words: number[]): Code {
  const ops: number[] = [];
  const args: number[] = [];
  for (let i = 0; i < words.length; i += 2) {
    ops.push(words[i]);
    args.push(words[i + 1]);
  }
  return new Code(ops, args);
}

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["acc", "count", "rounds"] });

function run(code: Code, rounds: number): number {
  let pc = 0;
  let acc = 1;
  let count = 0;
  while (pc < code.ops.length) {
    driver.jitMergePoint({ pc, code, acc, count, rounds });
    const op = code.ops[pc];
    const arg = code.args[pc];
    pc++;
    if (op === POW) {
      acc = power(acc + 2, arg);
    } else if (op === POW_ACC) {
      acc = power(acc + 3, acc % arg);
    } else if (op === CHECK_ARG) {
      acc += hundredsOrOne(arg * 150, acc % 5);
    } else if (op === CHECK_ACC) {
      acc += hundredsOrOne(acc, arg);
    } else if (op === RECORD) {
      record(acc, arg);
    } else if (op === RECORD_ACC) {
      record(acc, count % arg);
    } else if (op === SUM_ROW) {
      acc = (acc + ROW.sumFirst(arg)) % 10007;
    } else if (op === SUM_ROW_ACC) {
      acc = (acc + ROW.sumFirst(acc % arg)) % 10007;
    } else if (op === JUMP_IF) {
      count++;
      if (count < rounds) {
        pc = arg;
        driver.canEnterJit({ pc, code, acc, count, rounds });
      }
    }
  }
  return acc;
}

export function main(_argv: string[]): number {
  const code = assemble([POW, 5, POW_ACC, 9, CHECK_ARG, 4, CHECK_ACC, 60, RECORD, 3, RECORD_ACC, 6, SUM_ROW, 5, SUM_ROW_ACC, 8, JUMP_IF, 0]);
  console.log(run(code, 2000));
  console.log(recorded, overflows);
  // the same functions, with arguments the predicates turn down
  const other = assemble([POW, 11, CHECK_ARG, 1, RECORD, 5, JUMP_IF, 0]);
  console.log(run(other, 500));
  console.log(recorded, overflows);
  return 0;
}
