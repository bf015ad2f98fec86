// expect: 5:9 ==
// Loose equality `==` (the position is that of the operator).
export function main(argv: string[]): number {
  const n = argv.length;
  if (n == 1) {
    console.log("no arguments");
  }
  return 0;
}
