// expect: 5:21 member of an object literal
// An object literal with a method: records hold properties (an arrow function in a property is one).
interface Counter { n: number; bump(): void }
export function main(argv: string[]): number {
  const c = { n: 0, bump() { this.n++; } };
  c.bump();
  console.log(c.n);
  return 0;
}
