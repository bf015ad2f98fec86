// expect: 8:14 the rest element of an object pattern
// The rest of a class instance: its own properties would be its fields, which RTS does not list at run time.
class Point {
  constructor(readonly x: number, readonly y: number) {}
}
export function main(argv: string[]): number {
  const p = new Point(argv.length, 2);
  const { x, ...rest } = p;
  console.log(x, rest);
  return 0;
}
