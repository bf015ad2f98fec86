// expect: 12:1 virtualizable(): Frame has no field stak
// virtualizable() names a field the class does not have (a typo: the field is `stack`).
import { virtualizable } from "rts/jit";
class Frame {
  stack: number[] = [0];
  sp = 0;
}
export function main(argv: string[]): number {
  console.log(new Frame().stack[0]);
  return 0;
}
virtualizable(Frame, "sp", "stak[*]");
