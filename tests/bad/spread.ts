// expect: 6:24 spread
// Spread of a class instance into an object literal: only records spread.
class P { constructor(public x: number) {} }
export function main(argv: string[]): number {
  const p = new P(1);
  const q = { y: 2, ...p };
  console.log(q.x + q.y);
  return 0;
}
