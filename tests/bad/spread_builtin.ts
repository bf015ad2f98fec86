// expect: 6:19 spread
// Spreading an array into a function without a rest parameter.
function add(a: number, b: number): number { return a + b; }
export function main(argv: string[]): number {
  const xs: [number, number] = [3, 1];
  console.log(add(...xs));
  return 0;
}
