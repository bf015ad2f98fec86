// Library functions given a number that may be null or undefined: each
// converts (or tests) the value as JavaScript does, never the sentinels the
// translated program keeps for null and undefined in a machine word.
function maybe(n: number, k: number): number | undefined {
  return n > k ? n * 1.5 : undefined;
}
function maybeNull(n: number, k: number): number | null {
  return n > k ? n : null;
}
function maybeInt(n: number, k: number): number | undefined {
  return n > k ? 16 : undefined;
}

export function main(argv: string[]): number {
  const n = argv.length; // 1 when run without arguments
  const u = maybe(n, 5); // undefined
  const d = maybe(n, 0); // 1.5
  const z = maybeNull(n, 5); // null
  const w = maybeNull(n, 0); // 1
  console.log(Number.isNaN(u), Number.isNaN(d), Number.isNaN(z), Number.isNaN(w), Number.isNaN(NaN));
  console.log(Number.isFinite(u), Number.isFinite(z), Number.isFinite(d), Number.isFinite(w));
  console.log(Number.isInteger(u), Number.isInteger(z), Number.isInteger(w), Number.isInteger(d));
  // a radix that is undefined means "no radix"
  console.log(parseInt("12", maybeInt(n, 5)), parseInt("ff", maybeInt(n, 0)), Number.parseInt("077", maybeInt(n, 5)));
  // lastIndexOf(x, undefined) searches from index 0; lastIndexOf(x) from the end
  const xs = [1, 2, 1, 3, 1];
  const from = n > 5 ? 3 : undefined;
  console.log(xs.lastIndexOf(1), xs.lastIndexOf(1, from), xs.lastIndexOf(1, 3), xs.lastIndexOf(2, from));
  return 0;
}
