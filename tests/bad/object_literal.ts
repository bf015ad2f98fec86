// expect: 5:40 member of an object literal
// An object literal with a getter: records hold properties (methods and arrow functions in properties are fine).
interface Counter { n: number; readonly double: number }
export function main(argv: string[]): number {
  const c: Counter = { n: argv.length, get double() { return this.n * 2; } };
  console.log(c.double);
  return 0;
}
