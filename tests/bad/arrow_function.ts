// expect: 4:18 arrow
// An arrow function.
export function main(argv: string[]): number {
  const double = (x: number): number => x * 2;
  console.log(double(21));
  return 0;
}
