// `new Array(n).fill(x)` and typed-array constructors inside try: a bad
// length (a fraction, a negative number) is a RangeError the program
// catches, with Node's message — translated, the RangeError of a fractional
// length escaped the try and the typed array's message lacked the length.
// Also filled arrays of floats, objects and strings, written after.

function lengths(argv: string[]): void {
  const half = argv.length / 2 + 2; // 2.5
  try {
    console.log(new Array(half).fill(1).length);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
  try {
    console.log(new Float64Array(argv.length - 5).length);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
  try {
    console.log(new Array(argv.length - 5).fill(0).length);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
  console.log(new Array(half * 2).fill(7));
}

function filled(argv: string[]): void {
  const k = argv.length + 2;
  const fs = new Array(k).fill(0.5);
  fs[0] = 2;
  const objs = new Array(k).fill({ a: 1 });
  objs[1] = { a: 2 };
  objs[0].a = 3; // one object, k times
  console.log(fs, objs.map((o) => o.a), new Array(k * 1.0).fill("s"));
}

export function main(argv: string[]): number {
  lengths(argv);
  filled(argv);
  return 0;
}
