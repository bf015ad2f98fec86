// expect: 5:3 eval
// A call to the global eval.
export function main(argv: string[]): number {
  console.log("before");
  eval("1 + 2");
  console.log("after");
  return 0;
}
