// expect: 22:5 the immutable field Prog.ops has an item stored into it
// expect: 23:5 the immutable field Prog.k is set outside Prog's constructor
// expect: 24:5 the immutable field Prog.ops is changed by its method push
// An immutableFields() field is set in its class's constructor only and the items of an "array[*]" one never change (the JIT folds them into traces).
import { JitDriver, immutableFields } from "rts/jit";
class Prog {
  ops: number[];
  k: number;
  constructor(ops: number[]) {
    this.ops = ops;
    this.k = 1;
    this.ops.push(0);
  }
}
immutableFields(Prog, "ops[*]", "k");
const driver = new JitDriver({ greens: ["pc", "prog"], reds: ["acc", "n"] });
function run(prog: Prog, n: number): number {
  let pc = 0;
  let acc = 0;
  while (n > 0) {
    driver.jitMergePoint({ pc, prog, acc, n });
    prog.ops[pc] = acc;
    prog.k = 3;
    prog.ops.push(1);
    acc += prog.ops[pc] * prog.k;
    n--;
  }
  return acc;
}
export function main(argv: string[]): number {
  console.log(String(run(new Prog([2]), 100)));
  return 0;
}
