// The rts/jit hints in a small bytecode interpreter: a driver, promote on a
// shape object, elidable functions and methods (marked at module level),
// unrollSafe and dontLookInside, isConstant.  They change nothing about what
// the program prints, untranslated, translated and under the JIT.
import { JitDriver, dontLookInside, elidable, isConstant, promote, unrollSafe } from "rts/jit";

const PUSH = 0;
const ADD_FIELD = 1;
const WEIGH = 2;
const LOG = 3;
const JUMP_IF = 4;

class Shape {
  constructor(public names: string[]) {}
  index(name: string): number {
    for (let i = 0; i < this.names.length; i++) if (this.names[i] === name) return i;
    return -1;
  }
}
elidable(Shape.prototype.index);

class Obj {
  constructor(
    public shape: Shape,
    public values: number[],
  ) {}
}

/** A cost table lookup: pure, with a loop (the JIT calls it, or folds it on constants). */
function weight(op: number): number {
  let w = 1;
  for (let i = 0; i < op; i++) w = w * 3 + i;
  return w;
}
elidable(weight);

/** Three steps: the JIT may trace through the loop. */
function smooth(x: number): number {
  let s = 0;
  for (let i = 0; i < 3; i++) s += (x >> i) & 1;
  return s;
}
unrollSafe(smooth);

let logged = 0;
function note(x: number): void {
  logged += x % 5;
}
dontLookInside(note);

const driver = new JitDriver({ greens: ["pc", "code"], reds: ["acc", "obj", "stack", "sp"] });

function run(code: number[], obj: Obj): number {
  let pc = 0;
  let acc = 0;
  const stack = new Int32Array(16);
  let sp = 0;
  while (pc < code.length) {
    driver.jitMergePoint({ pc, code, acc, obj, stack, sp });
    const op = code[pc];
    const arg = code[pc + 1];
    pc += 2;
    if (op === PUSH) {
      stack[sp++] = arg;
    } else if (op === ADD_FIELD) {
      const shape = promote(obj.shape);
      const i = shape.index(arg === 0 ? "x" : "y");
      acc += obj.values[i] + stack[--sp];
    } else if (op === WEIGH) {
      acc += weight(arg) + smooth(acc & 7);
      if (isConstant(arg)) acc += 0;
    } else if (op === LOG) {
      note(acc);
    } else if (op === JUMP_IF) {
      if (acc < 200000) {
        pc = arg;
        driver.canEnterJit({ pc, code, acc, obj, stack, sp });
      }
    }
  }
  return acc;
}

export function main(argv: string[]): number {
  const code = [PUSH, 3, ADD_FIELD, 0, WEIGH, 2, PUSH, 1, ADD_FIELD, 1, LOG, 0, JUMP_IF, 0];
  const obj = new Obj(new Shape(["x", "y"]), [10, 20]);
  console.log(run(code, obj));
  console.log(logged);
  const other = new Obj(new Shape(["y", "x"]), [5, 7]);
  console.log(run(code, other));
  console.log(logged);
  return 0;
}
