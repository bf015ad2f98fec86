// A divergence found with function-entry traces (issue 12): a residual call
// (dontLookInside) that takes the frame and writes its virtualizable stack
// — a native function pushing its result, as in the Lox VM, whose frame is
// a green (a constant in traces), as it is here.  The JIT must
// read the stack again after such a call; the translated JIT's list of
// virtualizable array fields was left empty (it came from the sample data),
// so it kept the callee's slot value instead of the result.
import { JitDriver, dontLookInside, virtualizable } from "rts/jit";

class Frame {
  readonly stack: number[];
  sp = 0;
  constructor(depth: number) {
    const stack: number[] = [];
    for (let i = 0; i < depth; i++) stack.push(0);
    this.stack = stack;
  }
}
virtualizable(Frame, "sp", "stack[*]");

/** A "native": replaces the callee's slot and its argument with a result. */
function callNative(frame: Frame): void {
  const arg = frame.stack[frame.sp - 1];
  const callee = frame.stack[frame.sp - 2];
  frame.sp -= 2;
  frame.stack[frame.sp++] = callee * 1000 + arg * 2;
}
dontLookInside(callNative);

const driver = new JitDriver({ greens: ["pc", "frame"], reds: ["i", "n", "acc"], virtualizables: ["frame"] });

function run(n: number): number {
  const frame = new Frame(8);
  let acc = 0;
  let i = 0;
  const pc = 0;
  while (i < n) {
    driver.jitMergePoint({ pc, i, n, acc, frame });
    frame.stack[frame.sp++] = 7; // the callee
    frame.stack[frame.sp++] = i; // its argument
    callNative(frame);
    acc += frame.stack[--frame.sp];
    i++;
  }
  return acc;
}

export function main(_argv: string[]): number {
  console.log(run(500));
  console.log(run(20));
  return 0;
}
