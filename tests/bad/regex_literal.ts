// expect: 4:14 Unicode property escapes
// A regular expression with a Unicode property escape (not supported by the engine).
export function main(argv: string[]): number {
  const re = /\p{L}+/u;
  console.log(re.test("xabbcx"));
  return 0;
}
