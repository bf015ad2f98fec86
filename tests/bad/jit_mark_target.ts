// expect: 9:1 elidable() was given a function that is not a top-level function or method of the program
// A JIT mark on a function value built at init time: the JIT can only mark declared functions and methods.
import { elidable } from "rts/jit";
const table = [(x: number): number => x + 1];
export function main(argv: string[]): number {
  console.log(table[0](argv.length));
  return 0;
}
elidable(table[0]);
