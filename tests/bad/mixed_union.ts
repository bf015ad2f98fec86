// expect: 4:10 union
// A variable holding an int and later a string, via a union of different primitive types.
export function main(argv: string[]): number {
  let x: number | string = 1;
  console.log(x);
  x = "s";
  console.log(x);
  return 0;
}
