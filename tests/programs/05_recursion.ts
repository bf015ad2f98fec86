// Recursion: fib, ackermann, factorial, tak, binomial, mutual recursion, hanoi.
import { intDiv } from "rts/rlib";

function fib(n: number): number {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

function fact(n: number): number {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}

function tak(x: number, y: number, z: number): number {
  if (y >= x) return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

function binom(n: number, k: number): number {
  if (k === 0 || k === n) return 1;
  return binom(n - 1, k - 1) + binom(n - 1, k);
}

function isEven(n: number): boolean {
  if (n === 0) return true;
  return isOdd(n - 1);
}

function isOdd(n: number): boolean {
  if (n === 0) return false;
  return isEven(n - 1);
}

function hanoi(n: number, from: string, to: string, via: string, moves: string[]): number {
  if (n === 0) return 0;
  let c = hanoi(n - 1, from, via, to, moves);
  moves.push(from + "->" + to);
  c += 1;
  c += hanoi(n - 1, via, to, from, moves);
  return c;
}

function sumDigits(n: number): number {
  if (n < 10) return n;
  return (n % 10) + sumDigits(intDiv(n, 10));
}

function depth(n: number): number {
  if (n === 0) return 0;
  return 1 + depth(n - 1);
}

export function main(argv: string[]): number {
  for (let i = 0; i <= 10; i++) {
    console.log("fib(" + i + ")=" + fib(i));
  }
  console.log(fib(27));
  console.log(ack(2, 3));
  console.log(ack(3, 3));
  console.log(ack(3, 5));
  console.log(fact(10));
  console.log(fact(18));
  console.log(tak(18, 12, 6));
  console.log(binom(10, 5));
  console.log(binom(20, 10));
  console.log(isEven(100));
  console.log(isOdd(77));
  console.log(isEven(7));
  const moves: string[] = [];
  console.log(hanoi(4, "A", "C", "B", moves));
  console.log(moves.length);
  console.log(moves[0] + " " + moves[1] + " " + moves[14]);
  const moves2: string[] = [];
  console.log(hanoi(12, "A", "C", "B", moves2));
  console.log(sumDigits(99999999));
  console.log(depth(10000));
  return 0;
}
