// expect: 4:15 bigint
// A bigint literal.
export function main(argv: string[]): number {
  const big = 10n;
  console.log(String(big));
  return 0;
}
