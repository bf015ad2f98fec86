// expect: 5:16 tuple
// A cast of an array that is held elsewhere to a tuple type (a tuple is not an array in RTS).
export function main(argv: string[]): number {
  const parts = "a=b".split("=");
  const pair = parts as [string, string];
  parts[0] = "changed";
  console.log(pair[0]);
  return 0;
}
