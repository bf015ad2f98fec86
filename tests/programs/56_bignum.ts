// Integration: arbitrary-precision unsigned integers as little-endian base-10000 limb arrays.
import { intDiv } from "rts/rlib";

const BASE = 10000;

function fromInt(n: number): number[] {
  const out: number[] = [];
  if (n === 0) out.push(0);
  while (n > 0) {
    out.push(n % BASE);
    n = intDiv(n, BASE);
  }
  return out;
}

function add(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let carry = 0;
  for (let i = 0; i < a.length || i < b.length || carry > 0; i++) {
    const s = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
    out.push(s % BASE);
    carry = intDiv(s, BASE);
  }
  return out;
}

function mulSmall(a: number[], k: number): number[] {
  const out: number[] = [];
  let carry = 0;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] * k + carry;
    out.push(p % BASE);
    carry = intDiv(p, BASE);
  }
  while (carry > 0) {
    out.push(carry % BASE);
    carry = intDiv(carry, BASE);
  }
  return out;
}

function mul(a: number[], b: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length + b.length; i++) out.push(0);
  for (let i = 0; i < a.length; i++) {
    let carry = 0;
    for (let j = 0; j < b.length; j++) {
      const cur = out[i + j] + a[i] * b[j] + carry;
      out[i + j] = cur % BASE;
      carry = intDiv(cur, BASE);
    }
    let k = i + b.length;
    while (carry > 0) {
      const cur = out[k] + carry;
      out[k] = cur % BASE;
      carry = intDiv(cur, BASE);
      k++;
    }
  }
  while (out.length > 1 && out[out.length - 1] === 0) out.pop();
  return out;
}

function str(a: number[]): string {
  let s = "" + a[a.length - 1];
  for (let i = a.length - 2; i >= 0; i--) s += ("" + a[i]).padStart(4, "0");
  return s;
}

function digitSum(a: number[]): number {
  const s = str(a);
  let t = 0;
  for (let i = 0; i < s.length; i++) t += s.charCodeAt(i) - 48;
  return t;
}

export function main(argv: string[]): number {
  console.log(str(fromInt(0)) + " " + str(fromInt(9999)) + " " + str(fromInt(10000)) + " " + str(fromInt(123456789)));
  let f = fromInt(1);
  for (let i = 2; i <= 50; i++) f = mulSmall(f, i);
  console.log(str(f));
  let f100 = fromInt(1);
  for (let i = 2; i <= 100; i++) f100 = mulSmall(f100, i);
  console.log(str(f100).length + " " + digitSum(f100));
  let p = fromInt(1);
  for (let i = 0; i < 200; i++) p = mulSmall(p, 2);
  console.log(str(p));
  let a = fromInt(0);
  let b = fromInt(1);
  for (let i = 0; i < 300; i++) {
    const t = add(a, b);
    a = b;
    b = t;
  }
  console.log(str(a));
  const x = fromInt(123456789);
  const y = fromInt(987654321);
  console.log(str(mul(x, y)));
  let sq = fromInt(2);
  for (let i = 0; i < 7; i++) sq = mul(sq, sq);
  console.log(str(sq));
  console.log(str(mul(fromInt(0), fromInt(12345))));
  return 0;
}
