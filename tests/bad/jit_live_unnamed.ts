// expect: 11:5 n is live at the jitMergePoint but neither green nor red
// A variable the loop carries that the merge point does not name: the JIT could not rebuild it when it leaves compiled code.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc"] });
export function main(argv: string[]): number {
  let pc = 0;
  let acc = 0;
  const n = argv.length + 10;
  while (pc < 100) {
    // n is read inside the loop, but named neither green nor red
    driver.jitMergePoint({ pc, acc });
    acc += pc * n;
    pc++;
  }
  console.log(acc);
  return 0;
}
