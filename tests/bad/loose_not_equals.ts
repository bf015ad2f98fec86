// expect: 6:15 !=
// Loose inequality `!=` (the position is that of the operator).
export function main(argv: string[]): number {
  let count = 0;
  for (let i = 0; i < 10; i++) {
    if (i % 3 != 0) count++;
  }
  console.log(count);
  return 0;
}
