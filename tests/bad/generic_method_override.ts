// expect: 19:15 overridden
// A generic method overridden in a subclass.
class Box {
  constructor(public v: number) {}
  map<U>(f: (x: number) => U): U {
    return f(this.v);
  }
}

class LoudBox extends Box {
  map<U>(f: (x: number) => U): U {
    console.log("mapping");
    return f(this.v);
  }
}

export function main(argv: string[]): number {
  const b: Box = new LoudBox(2);
  console.log(b.map((x: number) => x + 1));
  return 0;
}
