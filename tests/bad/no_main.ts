// expect: 1:1 main
// A module without the main entry point.
export function helper(n: number): number {
  return n * 2;
}

export function run(argv: string[]): number {
  console.log(helper(21));
  return 0;
}
