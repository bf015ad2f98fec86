// expect: 5:60 optional tuple element
// A value that may be undefined written into an optional tuple element.
export function main(argv: string[]): number {
  const extra: string | undefined = argv.length > 3 ? "x" : undefined;
  const rows: Array<[string, number, string?]> = [["a", 1, extra]];
  console.log(rows[0].length);
  return 0;
}
