// expect: 11:5 canEnterJit must be in the function of the driver's jitMergePoint
// expect: 24:5 a JitDriver has one jitMergePoint
// canEnterJit away from the portal's loop, and a second jitMergePoint for the same driver.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc"] });
function step(pc: number, acc: number): number {
  return acc + pc;
}
function jumpBack(pc: number, acc: number): void {
  for (let i = 0; i < 1; i++) {
    driver.canEnterJit({ pc, acc });
  }
}
function run(): number {
  let pc = 0;
  let acc = 0;
  while (pc < 10) {
    driver.jitMergePoint({ pc, acc });
    acc = step(pc, acc);
    pc++;
    jumpBack(pc, acc);
  }
  for (let k = 0; k < 2; k++) {
    driver.jitMergePoint({ pc: k, acc });
  }
  return acc;
}
export function main(argv: string[]): number {
  console.log(run() + argv.length);
  return 0;
}
