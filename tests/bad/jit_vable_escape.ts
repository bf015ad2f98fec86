// expect: 22:16 the array of virtualizable field Frame.stack is passed to a function
// expect: 28:5 the array of virtualizable field Frame.locals is not a new array literal here
// A virtualizable's array must be the frame's own: the JIT keeps its items in trace values, so another
// reference to it (here a function given the stack, a frame given another's locals) would see stale items.
import { JitDriver, virtualizable } from "rts/jit";
class Frame {
  stack: number[] = [0, 0, 0, 0];
  locals: number[] = [0, 0];
  sp = 0;
}
virtualizable(Frame, "sp", "stack[*]", "locals[*]");
const driver = new JitDriver({ greens: ["pc"], reds: ["frame"], virtualizables: ["frame"] });
function total(xs: number[]): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
function run(frame: Frame): number {
  let pc = 0;
  while (pc < 10) {
    driver.jitMergePoint({ pc, frame });
    frame.sp = total(frame.stack);
    pc++;
  }
  return frame.sp;
}
function share(a: Frame, b: Frame): void {
    b.locals = a.locals;
}
export function main(argv: string[]): number {
  const f = new Frame();
  share(f, new Frame());
  console.log(run(f));
  return 0;
}
