// expect: 13:22 not assignable
// A lookInsideIff predicate returns a boolean (it decides whether the JIT traces through the call).
import { isConstant, lookInsideIff } from "rts/jit";

function power(x: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r *= x;
  return r;
}
function smallExponent(_x: number, n: number): number {
  return isConstant(n) ? n : 0;
}
lookInsideIff(power, smallExponent);

export function main(argv: string[]): number {
  const n = argv.length + 3;
  console.log(power(2, n));
  return 0;
}
