// Calls the JIT cannot see into — a closure chosen at run time (an indirect
// call through a code pointer) and a method of several implementations
// called through its vtable — in a traced loop, right after a write to an
// object the callee reads and before a read of what the callee wrote.  The
// optimizer delays writes and caches reads around calls by their effects:
// such calls may read and write anything.  (They were taken to touch
// nothing: the callee read the object's old field, and the loop kept the
// field's value from before the call.)  The output is the same untranslated,
// translated and under the JIT.
import { JitDriver, immutableFields } from "rts/jit";

class Cell {
  value = 0;
  seen = 0;
}

abstract class Reader {
  abstract read(c: Cell): number;
}
class Plain extends Reader {
  read(c: Cell): number {
    c.seen++;
    return c.value;
  }
}
class Doubled extends Reader {
  read(c: Cell): number {
    c.seen += 2;
    c.value = c.value * 2;
    return c.value;
  }
}

const SET = 0;
const CALL = 1;
const SEND = 2;
const JUMP = 3;

class Code {
  constructor(
    readonly ops: number[],
    readonly args: number[],
  ) {}
}
immutableFields(Code, "ops[*]", "args[*]");

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["acc", "rounds", "cell", "f", "reader"] });

function run(code: Code, cell: Cell, f: (c: Cell) => number, reader: Reader, rounds: number): number {
  let pc = 0;
  let acc = 0;
  while (pc < code.ops.length) {
    driver.jitMergePoint({ pc, code, acc, rounds, cell, f, reader });
    const op = code.ops[pc];
    const arg = code.args[pc];
    pc++;
    if (op === SET) cell.value = rounds * arg;
    else if (op === CALL) acc = (acc + f(cell) + cell.value) % 1000003;
    else if (op === SEND) acc = (acc + reader.read(cell) + cell.value + cell.seen) % 1000003;
    else if (op === JUMP) {
      rounds--;
      if (rounds > 0) {
        pc = arg;
        driver.canEnterJit({ pc, code, acc, rounds, cell, f, reader });
      }
    }
  }
  return acc;
}

function pick(argv: string[], k: number): (c: Cell) => number {
  const fs: ((c: Cell) => number)[] = [
    (c) => c.value + 1,
    (c) => {
      c.value = c.value + 7;
      return c.value * 3;
    },
    (c) => c.value - argv.length,
  ];
  return fs[(argv.length + k) % fs.length];
}

export function main(argv: string[]): number {
  const code = new Code([SET, CALL, SET, SEND, JUMP], [3, 0, 5, 0, 0]);
  const readers: Reader[] = [new Plain(), new Doubled()];
  for (let k = 0; k < 3; k++) {
    const cell = new Cell();
    console.log(run(code, cell, pick(argv, k), readers[k % 2], 2000), cell.value, cell.seen);
  }
  return 0;
}
