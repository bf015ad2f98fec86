// Integer arithmetic: + - *, unary minus, precedence, increments, compound assignment.
function add(a: number, b: number): number {
  return a + b;
}

function sumTo(n: number): number {
  let s = 0;
  for (let i = 1; i <= n; i++) {
    s += i;
  }
  return s;
}

function trace(tag: string, v: number): number {
  console.log("eval " + tag);
  return v;
}

export function main(argv: string[]): number {
  console.log(1 + 2);
  console.log(10 - 25);
  console.log(6 * 7);
  console.log(-6 * 7);
  console.log(2 + 3 * 4);
  console.log((2 + 3) * 4);
  console.log(100 - 10 - 1);
  console.log(-(-5));
  const a = 17;
  const b = -4;
  console.log(a + b);
  console.log(a - b);
  console.log(a * b);
  console.log(-a);
  console.log(a * a * a - b * b);
  let x = 5;
  x += 3;
  console.log(x);
  x -= 10;
  console.log(x);
  x *= -7;
  console.log(x);
  x %= 5;
  console.log(x);
  let i = 5;
  const j = i++ + ++i;
  console.log(j);
  console.log(i);
  let k = 10;
  console.log(k--);
  console.log(--k);
  console.log(k);
  console.log(add(40, 2));
  console.log(add(-100, 58));
  console.log(sumTo(100));
  console.log(sumTo(100000));
  console.log(2147483647 + 1);
  console.log(-2147483648 - 1);
  console.log(1000000 * 1000000);
  console.log(9007199254740991 - 1);
  console.log(4503599627370496 + 4503599627370495);
  console.log(-9007199254740991 + 1);
  // operands are evaluated left to right
  console.log(trace("left", 7) - trace("right", 3));
  console.log(trace("a", 2) * (trace("b", 3) + trace("c", 4)));
  let acc = 1;
  for (let n = 1; n <= 15; n++) {
    acc = acc * 3 - n;
  }
  console.log(acc);
  let neg = 0;
  for (let n = 0; n < 20; n++) {
    neg -= n * n;
  }
  console.log(neg);
  console.log("sum=" + (3 + 4));
  console.log("concat=" + 3 + 4);
  console.log(1 + 2 + "x" + 1 + 2);
  return 0;
}
