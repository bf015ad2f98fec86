// expect: 9:20 JSON.parse's result is given the type Point, but JSON makes no Point
// A class instance cannot come out of JSON.parse (Node gives a plain object without the methods).
class Point {
  constructor(readonly x: number, readonly y: number) {}
  norm(): number { return Math.hypot(this.x, this.y); }
}

export function main(argv: string[]): number {
  const p: Point = JSON.parse('{"x": 3, "y": 4}');
  console.log(p.x);
  return 0;
}
