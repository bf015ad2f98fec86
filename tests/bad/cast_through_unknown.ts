// expect: 4:13 unknown
// A double cast changes no value on Node: the string stays a string.
export function main(argv: string[]): number {
  const n = "12" as unknown as number;
  console.log(n + 1);
  return 0;
}
