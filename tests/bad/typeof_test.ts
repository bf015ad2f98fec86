// expect: 5:15 typeof
// The typeof operator.
export function main(argv: string[]): number {
  const n = argv.length;
  console.log(typeof n === "number");
  return 0;
}
