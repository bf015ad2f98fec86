// An interpreter that counts its call depth the way CPython does: each call
// of an interpreted function checks a global counter against a limit,
// increments it and decrements it in a `finally`, so an error raised at the
// limit gives back the depth of every frame it leaves.  With the JIT the
// recursive calls become call_assemblers into the callee's entry trace, and
// the error is raised in the deepest compiled frame and unwinds through all
// the compiled callers (found in the Python interpreter: after the first
// such error the next deep calls failed early, the frames that machine code
// had called kept their depth).
// jit-summary: entry-traces > 0
// jit-summary: assembler-calls > 100
import { JitDriver, immutableFields, promote } from "rts/jit";

const PUSH = 0;
const LOAD = 1;
const ADD = 2;
const SUB = 3;
const LT = 4;
const JUMP_IF_FALSE = 5;
const CALL = 6;
const RET = 7;

class Fn {
  constructor(
    readonly name: string,
    readonly code: number[],
  ) {}
}

immutableFields(Fn, "code[*]");

class Frame {
  readonly stack: number[] = [];
  constructor(readonly arg: number) {}
}

class DepthError extends Error {}

class State {
  depth = 0;
  limit = 1000;
}
const state = new State();

const driver = new JitDriver({ greens: ["pc", "fn"], reds: ["frame"] });
const fns: Fn[] = [];

/** Runs fn(arg), counting the depth (CPython's Py_EnterRecursiveCall). */
function call(fn: Fn, arg: number): number {
  if (state.depth >= state.limit) throw new DepthError("maximum depth exceeded");
  state.depth++;
  try {
    return run(fn, new Frame(arg));
  } finally {
    state.depth--;
  }
}

function run(fn: Fn, frame: Frame): number {
  let pc = 0;
  for (;;) {
    driver.jitMergePoint({ pc, fn, frame });
    const op = fn.code[pc];
    const arg = fn.code[pc + 1];
    pc += 2;
    const stack = frame.stack;
    if (op === PUSH) stack.push(arg);
    else if (op === LOAD) stack.push(frame.arg);
    else if (op === ADD || op === SUB || op === LT) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      if (op === ADD) stack.push(a + b);
      else if (op === SUB) stack.push(a - b);
      else stack.push(a < b ? 1 : 0);
    } else if (op === JUMP_IF_FALSE) {
      if (stack.pop() === 0) pc = arg;
    } else if (op === CALL) stack.push(call(promote(fns[arg]), stack.pop()!));
    else if (op === RET) return stack.pop()!;
    else throw new Error("bad op " + op);
  }
}

// f0 depth(n): 0 < n ? 1 + depth(n - 1) : 0
fns.push(new Fn("depth", [PUSH, 0, LOAD, 0, LT, 0, JUMP_IF_FALSE, 18, PUSH, 1, LOAD, 0, PUSH, 1, SUB, 0, CALL, 0, ADD, 0, RET, 0, PUSH, 0, RET, 0]));
// (the jump goes to the PUSH 0 at 22: patched here so the table above stays readable)
fns[0].code[7] = 22;

/** The deepest n that depth(n) reaches under `limit` (probing in steps of `step`), with the depth counter checked back at 0. */
function deepest(limit: number, step: number): number {
  state.limit = limit;
  let best = 0;
  for (let k = 0; k < limit; k += step) {
    try {
      call(fns[0], k);
      best = k;
    } catch (e) {
      if (e instanceof DepthError) break;
      throw e;
    }
  }
  if (state.depth !== 0) console.log("depth counter left at " + state.depth);
  return best;
}

export function main(argv: string[]): number {
  let warm = 0;
  for (let i = 0; i < 300; i++) warm += call(fns[0], 25);
  console.log("warm-up " + warm);
  const before = deepest(600, 7);
  console.log("deepest under 600: " + before);
  for (const limit of [60, 150, 250, 599]) {
    state.limit = limit;
    try {
      console.log("depth(" + limit * 10 + ") = " + call(fns[0], limit * 10));
    } catch (e) {
      if (e instanceof DepthError) console.log(limit + ": " + e.message + ", depth counter " + state.depth);
      else throw e;
    }
    const after = deepest(600, 7);
    console.log("after " + limit + ": deepest " + after + (after === before ? " (as before)" : " (was " + before + ")"));
  }
  state.limit = 1000;
  console.log("depth(900) = " + call(fns[0], 900) + ", depth counter " + state.depth);
  return argv.length > 5 ? 1 : 0;
}
