// expect: 4:14 regex
// A regular expression literal.
export function main(argv: string[]): number {
  const re = /ab+c/;
  console.log(re.test("xabbcx"));
  return 0;
}
