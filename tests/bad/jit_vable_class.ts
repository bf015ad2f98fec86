// expect: 8:1 no JitDriver names an object of Frame
// expect: 15:5 the virtualizable frame is an instance of State
// A driver's virtualizable must be an object of a class whose fields virtualizable() declares (and such a class is some driver's).
import { JitDriver, virtualizable } from "rts/jit";
class Frame {
  sp = 0;
}
virtualizable(Frame, "sp");
class State {
  acc = 0;
}
const driver = new JitDriver({ greens: ["pc"], reds: ["frame"], virtualizables: ["frame"] });
function run(frame: State): number {
  for (let pc = 0; pc < 10; pc++) {
    driver.jitMergePoint({ pc, frame });
    frame.acc += pc;
  }
  return frame.acc;
}
export function main(argv: string[]): number {
  console.log(run(new State()) + new Frame().sp);
  return 0;
}
