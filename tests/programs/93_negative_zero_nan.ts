// -0 and NaN where JavaScript produces them from integer-looking code: the
// annotator types such results as floats (ints hold neither), so they print
// and compare as on Node; where signs are known, ints stay ints.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function readNumber(s: string, start: number): number {
  let i = start;
  let n = 0;
  // charCodeAt past the end is NaN: the comparisons are false and the loop stops
  while (isDigit(s.charCodeAt(i))) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    i++;
  }
  return n;
}

function negate(x: number): number {
  return -x;
}

export function main(argv: string[]): number {
  const zero = argv.length - 1; // 0, not a constant
  const minusOne = zero - 1;
  console.log(zero * minusOne);
  console.log(negate(zero));
  console.log(1 / negate(zero));
  console.log((minusOne * 4) % 2);
  console.log(`${zero * minusOne} ${String(negate(zero))} ${negate(zero) === 0}`);
  console.log(Math.round(-0.4 + zero));
  console.log(Math.ceil(-0.5 + zero));
  console.log(Math.trunc(-0.3 + zero));
  console.log(Math.floor(-0.3 + zero));
  console.log(Math.sign(negate(zero)));
  console.log(Math.abs(negate(zero)));
  console.log(Math.min(zero, negate(zero)));
  console.log(Math.max(negate(zero), zero));
  console.log(Math.floor(zero / minusOne));
  console.log(Math.floor(1 / zero));
  console.log(Math.floor(Infinity) + " " + Math.round(NaN) + " " + Math.ceil(-Infinity));
  console.log(minusOne % zero);
  console.log(readNumber("12345", 0) + readNumber("x42", 1));
  const s = "abc";
  console.log(s.charCodeAt(3));
  console.log(s.charCodeAt(-1) + " " + isNaN(s.charCodeAt(7)) + " " + (s.charCodeAt(1) + 1));
  const xs = [10, 20, 30];
  console.log(xs[negate(zero)] + xs[zero * minusOne] + xs[s.charCodeAt(0) - 96]);
  // known signs keep ints: products of non-negative values, remainders of non-negative dividends
  let acc = 0;
  for (let i = 0; i < 10; i++) acc = (acc * 31 + i * i) % 1000003;
  console.log(acc);
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 33 + (s.charCodeAt(i) | 0)) >>> 0;
  console.log(h + " " + (h % 97));
  const table = [1, 2, 3, 4, 5];
  console.log(table[h % table.length] + table[Math.floor(xs.length / 2)]);
  let x = 3;
  x = -x;
  x = x * 2;
  console.log(x + " " + -x + " " + (0 - x));
  return 0;
}
