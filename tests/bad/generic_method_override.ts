// expect: 20:15 type parameters
// An overriding generic method with more type parameters than the method it
// overrides (RTS gives each type-argument list a method of its own).
class Box {
  constructor(public v: number) {}
  map<U>(f: (x: number) => U): U {
    return f(this.v);
  }
}

class LoudBox extends Box {
  map<U, V = U>(f: (x: number) => U): U {
    console.log("mapping");
    return f(this.v);
  }
}

export function main(argv: string[]): number {
  const b: Box = new LoudBox(2);
  console.log(b.map((x: number) => x + 1));
  return 0;
}
