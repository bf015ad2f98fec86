// expect: 5:24 spread
// Spreading an array into a library call.
export function main(argv: string[]): number {
  const xs = [3, 1, 2];
  console.log(Math.max(...xs));
  return 0;
}
