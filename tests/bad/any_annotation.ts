// expect: 3:22 any
// An `any` type annotation on a parameter.
function describe(x: any): string {
  return "value " + x;
}

export function main(argv: string[]): number {
  console.log(describe(42));
  return 0;
}
