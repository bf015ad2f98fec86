// Integer remainder (truncating), intDiv, exponentiation and number-theory loops.
import { intDiv } from "rts/rlib";

function powMod(base: number, exp: number, m: number): number {
  let result = 1;
  let b = base % m;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = (result * b) % m;
    b = (b * b) % m;
    e = intDiv(e, 2);
  }
  return result;
}

function digitSum(n: number): number {
  let s = 0;
  while (n > 0) {
    s += n % 10;
    n = intDiv(n, 10);
  }
  return s;
}

function reverseDigits(n: number): number {
  let r = 0;
  while (n > 0) {
    r = r * 10 + (n % 10);
    n = intDiv(n, 10);
  }
  return r;
}

function collatzSteps(n: number): number {
  let steps = 0;
  while (n !== 1) {
    if (n % 2 === 0) n = intDiv(n, 2);
    else n = 3 * n + 1;
    steps++;
  }
  return steps;
}

export function main(argv: string[]): number {
  console.log(17 % 5);
  console.log(-17 % 5);
  console.log(17 % -5);
  console.log(-17 % -5);
  console.log(0 % 5);
  console.log(5 % 17);
  console.log(-5 % 17);
  console.log(1000000007 % 97);
  console.log(intDiv(17, 5));
  console.log(intDiv(-17, 5));
  console.log(intDiv(17, -5));
  console.log(intDiv(-17, -5));
  console.log(intDiv(0, 7));
  console.log(intDiv(100, 1));
  console.log(intDiv(9007199254740991, 2));
  console.log(2 ** 10);
  console.log(3 ** 4);
  console.log(10 ** 15);
  console.log((-2) ** 3);
  console.log((-2) ** 4);
  console.log(7 ** 0);
  console.log(0 ** 0);
  console.log(1 ** 100);
  console.log(2 ** 52);
  let p = 3;
  p **= 3;
  console.log(p);
  console.log(powMod(3, 200, 1000007));
  console.log(powMod(2, 62, 999983));
  console.log(powMod(7, 0, 13));
  console.log(digitSum(987654321));
  console.log(reverseDigits(123456789));
  console.log(collatzSteps(27));
  console.log(collatzSteps(97));
  let longest = 0;
  let arg = 0;
  for (let n = 1; n < 1000; n++) {
    const s = collatzSteps(n);
    if (s > longest) {
      longest = s;
      arg = n;
    }
  }
  console.log(arg + " " + longest);
  let lcmAll = 1;
  for (let n = 2; n <= 20; n++) {
    let a = lcmAll;
    let b = n;
    while (b !== 0) {
      const t = a % b;
      a = b;
      b = t;
    }
    lcmAll = intDiv(lcmAll, a) * n;
  }
  console.log(lcmAll);
  return 0;
}
