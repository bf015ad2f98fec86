// expect: 10:5 the driver's getPrintableLocation: it is not a function declared at the top level
// getPrintableLocation must be a top-level function of the program (the translator gives the JIT a call of
// it with the greens); an arrow function written in the driver's spec is not one.
import { JitDriver } from "rts/jit";
const driver = new JitDriver({ greens: ["pc"], reds: ["acc", "n"], getPrintableLocation: (pc: number) => "#" + String(pc) });
function run(n: number): number {
  let acc = 0;
  let pc = 0;
  while (pc < n) {
    driver.jitMergePoint({ pc, acc, n });
    acc += pc;
    pc++;
  }
  return acc;
}
export function main(argv: string[]): number {
  console.log(run(argv.length + 5));
  return 0;
}
