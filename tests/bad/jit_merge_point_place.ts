// expect: 11:5 jitMergePoint must be the first statement
// jitMergePoint after other work in the loop body: the JIT's traces start at the top of the dispatch loop.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc"] });
export function main(argv: string[]): number {
  let pc = 0;
  let acc = 0;
  const n = argv.length + 10;
  while (pc < n) {
    acc += pc;
    driver.jitMergePoint({ pc, acc });
    pc++;
  }
  console.log(acc);
  return 0;
}
