// expect: 5:3 getter
// A getter (accessor) in a class.
class Rect {
  constructor(public w: number, public h: number) {}
  get area(): number {
    return this.w * this.h;
  }
}

export function main(argv: string[]): number {
  const r = new Rect(3, 4);
  console.log(r.area);
  return 0;
}
