// expect: 4:13 optional
// An optional number parameter stored as undefined: numbers cannot be null in RTS.
function f(a: number, b?: number): number {
  const c = b;
  return a + (c ?? 1);
}
export function main(argv: string[]): number {
  console.log(f(1, 2));
  console.log(f(1));
  return 0;
}
