// NaN and Infinity: production, comparisons, propagation, printing.
function isNaNValue(x: number): boolean {
  return x !== x;
}

export function main(argv: string[]): number {
  const zero = 0.0;
  const nan = zero / zero;
  const inf = 1 / zero;
  const ninf = -1 / zero;
  console.log(nan);
  console.log(inf);
  console.log(ninf);
  console.log(NaN);
  console.log(Infinity);
  console.log(-Infinity);
  console.log(nan === nan);
  console.log(nan !== nan);
  console.log(nan < 1);
  console.log(nan > 1);
  console.log(nan <= nan);
  console.log(isNaNValue(nan));
  console.log(isNaNValue(1.5));
  console.log(nan + 1);
  console.log(inf + 1);
  console.log(inf - inf);
  console.log(inf * 0);
  console.log(inf * -2);
  console.log(inf > 1e308);
  console.log(ninf < -1e308);
  console.log(inf === Infinity);
  console.log(1 / inf);
  console.log(Math.sqrt(-1));
  console.log(Math.floor(-2.5)); // Math.floor gives an int in RTS: floor(Infinity) would be a fatal error
  console.log(Math.max(nan, 1));
  console.log(Math.min(inf, 5));
  console.log(Math.abs(ninf));
  console.log(Math.pow(0, -1));
  let big = 1e300;
  big = big * 1e10;
  console.log(big);
  console.log(-1e300 * 1e10);
  console.log(1e-320);
  console.log(1e-320 / 1e10);
  console.log(1e308 + 1e308);
  console.log("nan:" + nan);
  console.log(`inf:${inf}`);
  console.log(String(ninf));
  console.log(nan.toString());
  let grow = 1.0;
  let steps = 0;
  while (grow !== Infinity) {
    grow = grow * 2;
    steps++;
  }
  console.log(steps);
  let shrink = 1.0;
  let steps2 = 0;
  while (shrink > 0) {
    shrink = shrink / 2;
    steps2++;
  }
  console.log(steps2);
  return 0;
}
