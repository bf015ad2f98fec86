// expect: 5:5 thrown
// Throwing a string: RTS throws instances of classes (an Error, or a class thrown with `throw new C(...)`).
export function main(argv: string[]): number {
  if (argv.length > 3) {
    throw "too many arguments";
  }
  return 0;
}
