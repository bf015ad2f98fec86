// expect: 3:1 interface
// An interface declaration.
interface HasArea {
  area(): number;
}

class Sq implements HasArea {
  constructor(public side: number) {}
  area(): number {
    return this.side * this.side;
  }
}

export function main(argv: string[]): number {
  const s = new Sq(4);
  console.log(s.area());
  return 0;
}
