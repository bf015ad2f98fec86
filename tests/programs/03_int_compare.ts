// Comparisons of ints (and int vs float), boolean results, min/max by hand.
function max3(a: number, b: number, c: number): number {
  let m = a;
  if (b > m) m = b;
  if (c > m) m = c;
  return m;
}

function sign(x: number): number {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return 0;
}

function inRange(x: number, lo: number, hi: number): boolean {
  return lo <= x && x < hi;
}

export function main(argv: string[]): number {
  const a = 3;
  const b = 7;
  console.log(a < b);
  console.log(a > b);
  console.log(a <= 3);
  console.log(a >= 4);
  console.log(a === 3);
  console.log(a !== 3);
  console.log(-1 < 0);
  console.log(-2147483648 < 2147483647);
  console.log(9007199254740991 > 9007199254740990);
  console.log(3 < 3.5);
  console.log(4 > 3.999);
  console.log(2 === 2.0);
  console.log(10 / 4 === 2.5);
  console.log(max3(1, 9, 4));
  console.log(max3(-5, -9, -7));
  console.log(sign(-42));
  console.log(sign(0));
  console.log(sign(42));
  console.log(inRange(5, 0, 10));
  console.log(inRange(10, 0, 10));
  console.log(inRange(-1, 0, 10));
  const lt = a < b;
  const eq = lt === true;
  console.log(eq);
  console.log(lt !== false);
  let count = 0;
  for (let i = -10; i <= 10; i++) {
    if (i * i > 20 && i % 2 !== 0) count++;
  }
  console.log(count);
  // sorting network for three values
  let x = 9;
  let y = 2;
  let z = 5;
  if (x > y) {
    const t = x;
    x = y;
    y = t;
  }
  if (y > z) {
    const t = y;
    y = z;
    z = t;
  }
  if (x > y) {
    const t = x;
    x = y;
    y = t;
  }
  console.log(x + "," + y + "," + z);
  console.log("cmp " + (a < b) + " " + (a > b));
  return 0;
}
