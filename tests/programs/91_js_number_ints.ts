// Ints are JavaScript numbers: exact within ±2^53, rounded like doubles
// beyond (up to ±2^63), printed as JavaScript prints them.

function fib(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

function powMod(base: number, exp: number, m: number): number {
  let result = 1;
  let b = base % m;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = (result * b) % m;
    b = (b * b) % m;
    e = Math.floor(e / 2);
  }
  return result;
}

export function main(argv: string[]): number {
  for (const n of [70, 78, 79, 80, 85, 90]) console.log(`fib(${n}) = ${fib(n)}`);
  // products of two numbers below 2^30 are exact; beyond 2^53 they round
  const M = 1000000007;
  let x = 123456789;
  for (let i = 0; i < 4; i++) {
    x = (x * 987654321) % M;
    console.log("mulmod " + x);
  }
  console.log("powmod " + powMod(2, 1000000, M) + " " + powMod(987654321, 123456789, M));
  // an LCG whose products leave 2^53: each step rounds as on Node
  let seed = 42;
  for (let i = 0; i < 5; i++) {
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 9007199254740991;
    console.log("lcg " + seed);
  }
  let p = 1;
  for (let i = 0; i < 62; i++) p = p * 2;
  console.log(p);
  console.log(String(p + 1) + " " + (p - 1) + " " + `${-p}`);
  const q = 3;
  console.log(q ** 35);
  console.log((q - 1) ** 60);
  console.log((q + 4) ** 22);
  console.log(-(2 ** 53) - 2);
  console.log([2 ** 62, 2 ** 55 + 1, -(2 ** 54) - 1].join(","));
  // constant expressions have the value Node computes (beyond 2^63 they are floats)
  console.log(2 ** 64);
  console.log(10 ** 20);
  console.log(2 ** 63);
  console.log(-(2 ** 63));
  console.log(Math.abs(-(2 ** 62)));
  console.log(9007199254740993);
  console.log(2 ** 53 + 1 === 2 ** 53);
  let f = 1.0;
  for (let i = 1; i <= 25; i++) f = f * i;
  console.log("25! = " + f);
  let big = 9007199254740000;
  for (let i = 0; i < 5; i++) {
    big = big + 999;
    console.log(big + " " + (big % 1000) + " " + (big > 9007199254740991));
  }
  const m = new Map<number, string>();
  m.set(p, "a");
  m.set(p + 1, "b"); // the same double as p
  m.set(p - 4096, "c");
  console.log(m.size + " " + m.get(p) + " " + m.get(p - 4096));
  return 0;
}
