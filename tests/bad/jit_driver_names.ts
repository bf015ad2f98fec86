// expect: 4:16 is named twice
// A variable both green and red: greens are constant in a trace, reds are not.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc", "pc"] });
export function main(argv: string[]): number {
  let pc = 0;
  let acc = 0;
  while (pc < argv.length + 3) {
    driver.jitMergePoint({ pc, acc });
    acc += pc;
    pc++;
  }
  console.log(acc);
  return 0;
}
