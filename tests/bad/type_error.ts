// expect: 4:9 type
// A TypeScript type error: a string assigned to a number (reported at the variable name).
export function main(argv: string[]): number {
  const n: number = "s";
  console.log(n);
  return 0;
}
