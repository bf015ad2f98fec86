// expect: 5:15 computed
// A computed property name in an object literal.
export function main(argv: string[]): number {
  const key = "a";
  const o = { [key]: 1 };
  console.log(o);
  return 0;
}
