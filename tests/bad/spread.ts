// expect: 5:27 spread
// Spread of an array into an array literal.
export function main(argv: string[]): number {
  const a: number[] = [1, 2, 3];
  const b: number[] = [0, ...a, 4];
  console.log(b.length);
  return 0;
}
