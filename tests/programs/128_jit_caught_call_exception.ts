// A divergence found with lookInsideIff (corpus 127): in a compiled loop a
// call the JIT does not look inside throws, and the loop catches it.  The
// machine code left at the call's guard with the exception pending where
// the translated trace runner's next call took it for its own, and the
// exception went past the catch.  The output is the same in every mode.
import { JitDriver, dontLookInside } from "rts/jit";
class Overflow extends Error {}
function check(x: number): number {
  if (x % 7 === 3) throw new Overflow(`bad ${x}`);
  return 1;
}
dontLookInside(check);
const driver = new JitDriver({ greens: ["pc"], reds: ["acc", "i", "caught", "n"] });
function run(n: number): number {
  let acc = 0;
  let i = 0;
  let caught = 0;
  const pc = 0;
  while (i < n) {
    driver.jitMergePoint({ pc, acc, i, caught, n });
    try {
      acc += check(i);
    } catch (e) {
      if (!(e instanceof Overflow)) throw e;
      caught++;
    }
    i++;
  }
  return acc * 1000 + caught;
}
export function main(_argv: string[]): number {
  console.log(run(1000));
  console.log(run(30));
  return 0;
}
