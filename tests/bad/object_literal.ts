// expect: 4:13 object literal
// An object literal used as a value.
export function main(argv: string[]): number {
  const o = { a: 1, b: 2 };
  console.log(o.a + o.b);
  return 0;
}
