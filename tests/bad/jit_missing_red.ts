// expect: 10:5 must name exactly the driver's greens and reds
// A red missing from jitMergePoint: the JIT could not rebuild the loop's state when it leaves compiled code.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc", "n"] });
export function main(argv: string[]): number {
  let pc = 0;
  let acc = 0;
  const n = argv.length + 10;
  while (pc < n) {
    driver.jitMergePoint({ pc, acc });
    acc += pc;
    pc++;
  }
  console.log(acc);
  return 0;
}
