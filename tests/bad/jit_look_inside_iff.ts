// expect: 26:1 its predicate is not a function declared at the top level
// expect: 27:1 the predicate small takes 1 parameter and twice 2
// expect: 29:1 its function is not a function declared at the top level or a method
// lookInsideIff marks a top-level function or a method with a top-level predicate of the same parameters.
import { isConstant, lookInsideIff } from "rts/jit";

function power(x: number, n: number): number {
  let r = 1;
  for (let i = 0; i < n; i++) r *= x;
  return r;
}
function twice(x: number, n: number): number {
  return power(x, n) * 2;
}
function small(n: number): boolean {
  return isConstant(n) && n < 4;
}
class Shape {
  area(w: number, h: number): number {
    return w * h;
  }
}
function both(w: number, h: number): boolean {
  return isConstant(w) && isConstant(h);
}
lookInsideIff(power, (_x: number, n: number): boolean => isConstant(n));
lookInsideIff(twice, small);
const area = (w: number, h: number): number => w * h;
lookInsideIff(area, both);
export function main(argv: string[]): number {
  console.log(power(2, argv.length) + twice(3, 2) + new Shape().area(2, 3) + area(1, 2));
  return 0;
}
