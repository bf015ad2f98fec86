// expect: 10:3 for-in
// A for-in loop over the properties of an object.
class Point {
  x = 1;
  y = 2;
}

export function main(argv: string[]): number {
  const p = new Point();
  for (const k in p) {
    console.log(k);
  }
  return 0;
}
