// expect: 14:1 immutableFields(): Code has no field bytes
// immutableFields names a field the class does not have (a typo: the field is `ops`).
import { immutableFields } from "rts/jit";
class Code {
  constructor(readonly ops: Int32Array) {}
}
export function main(argv: string[]): number {
  const c = new Code(new Int32Array(4));
  c.ops[0] = argv.length;
  console.log(c.ops[0]);
  return 0;
}

immutableFields(Code, "bytes[*]");
