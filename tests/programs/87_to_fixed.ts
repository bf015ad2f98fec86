// Number.prototype.toFixed: exact half-away-from-zero rounding of the binary value, ties, negative zero, large values, and a sweep of pseudo-random values.
export function main(argv: string[]): number {
  const xs = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 1.55, 123.456, -0.0001, 0.000001, 1e20, 1.5e21, -1e21, 99.995, 9.995, 0.125, 0.375, 1 / 3, -2 / 3];
  for (const x of xs) {
    const parts: string[] = [];
    for (let d = 0; d <= 4; d++) parts.push(x.toFixed(d));
    console.log(parts.join(" "));
  }
  console.log((7).toFixed(2) + " " + (-7).toFixed() + " " + (1e-10).toFixed(20));
  console.log(NaN.toFixed(2) + " " + Infinity.toFixed(1) + " " + (-Infinity).toFixed(0));
  let seed = 42;
  let acc = 0;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 48271) % 2147483647;
    const v = (seed / 2147483647) * 2000 - 1000;
    const s = v.toFixed(i % 7);
    for (let k = 0; k < s.length; k++) acc = (acc * 31 + s.charCodeAt(k)) % 1000000007;
    if (i % 400 === 0) console.log(s);
  }
  console.log(acc);
  try {
    console.log((1).toFixed(101));
  } catch (e) {
    if (e instanceof RangeError) console.log("RangeError " + e.message);
  }
  return 0;
}
