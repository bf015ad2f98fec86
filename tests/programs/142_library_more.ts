// Library members added for ordinary programs: toExponential, toPrecision,
// toString(radix) (V8's digits, rounding and RangeErrors), new Array(n).fill(x),
// fill(x, start, end), flatMap, flat.
const XS = [0, -0, 1, -1, 123.456, 0.000123, 1e21, 1.5, 2.5, 1.25, 1.005, 255, -255.5, 0.1, 1 / 3, 123456789, 5e-324, 1.7976931348623157e308, NaN, Infinity, 4.35, 0.5, 9.995];
function formats(): void {
  for (const x of XS) {
    const out: string[] = [x.toExponential(), x.toExponential(0), x.toExponential(2), x.toExponential(20), x.toPrecision(), x.toPrecision(1), x.toPrecision(3), x.toPrecision(21)];
    for (const r of [2, 8, 16, 36, 10, 7]) out.push(x.toString(r));
    console.log(out.join(" "));
  }
  for (const bad of [-1, 101]) {
    try {
      console.log((1).toExponential(bad));
    } catch (e) {
      console.log((e as Error).message);
    }
  }
  try {
    console.log((1).toPrecision(0));
  } catch (e) {
    console.log((e as Error).message);
  }
  try {
    console.log((1).toString(37));
  } catch (e) {
    console.log((e as Error).message);
  }
}

function arrays(argv: string[]): void {
  const n = argv.length + 4;
  const zeros = new Array<number>(n).fill(0);
  zeros[1] = 5;
  console.log(zeros, Array(3).fill("x"), new Array(0).fill(1).length);
  const grid = new Array(3).fill(0).map((_, i) => new Array(2).fill(i));
  console.log(grid);
  console.log([1, 2, 3, 4, 5].fill(9, 1, -1), [1, 2, 3].fill(7), [1, 2, 3].fill(0, -1), [1, 2].fill(3, 5));
  console.log([1, 2, 3].flatMap((x) => [x, x * 10]), ["a b", "c"].flatMap((s) => s.split(" ")), [[1], [2, 3], []].flat());
  try {
    console.log(new Array(-1).fill(0));
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}

export function main(argv: string[]): number {
  formats();
  arrays(argv);
  return 0;
}
