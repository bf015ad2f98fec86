// Integration: sieve of Eratosthenes on a Uint8Array, prime counting, twin primes, factorisation.
import { intDiv } from "rts/rlib";

function sieve(n: number): Uint8Array {
  const composite = new Uint8Array(n + 1);
  composite[0] = 1;
  composite[1] = 1;
  for (let i = 2; i * i <= n; i++) {
    if (composite[i] === 0) {
      for (let j = i * i; j <= n; j += i) composite[j] = 1;
    }
  }
  return composite;
}

function factorize(n: number, primes: number[]): string {
  const parts: string[] = [];
  for (const p of primes) {
    if (p * p > n) break;
    let e = 0;
    while (n % p === 0) {
      n = intDiv(n, p);
      e++;
    }
    if (e === 1) parts.push("" + p);
    else if (e > 1) parts.push(p + "^" + e);
  }
  if (n > 1) parts.push("" + n);
  return parts.join(" * ");
}

export function main(argv: string[]): number {
  const N = 1000000;
  const comp = sieve(N);
  const primes: number[] = [];
  for (let i = 2; i <= N; i++) {
    if (comp[i] === 0) primes.push(i);
  }
  console.log(primes.length);
  console.log(primes.slice(0, 15).join(" "));
  console.log(primes[primes.length - 1]);
  const checkpoints: number[] = [10, 100, 1000, 10000, 100000];
  let ci = 0;
  let count = 0;
  let line = "";
  for (let i = 2; i <= 100000 && ci < checkpoints.length; i++) {
    if (comp[i] === 0) count++;
    if (i === checkpoints[ci]) {
      line += "pi(" + i + ")=" + count + " ";
      ci++;
    }
  }
  console.log(line);
  let twins = 0;
  for (let i = 1; i < primes.length; i++) {
    if (primes[i] - primes[i - 1] === 2) twins++;
  }
  console.log(twins);
  let maxGap = 0;
  let gapAt = 0;
  for (let i = 1; i < primes.length; i++) {
    const g = primes[i] - primes[i - 1];
    if (g > maxGap) {
      maxGap = g;
      gapAt = primes[i - 1];
    }
  }
  console.log(maxGap + " after " + gapAt);
  const nums: number[] = [360, 97, 1001, 65536, 999999, 600851475143, 2147483647];
  for (const n of nums) console.log(n + " = " + factorize(n, primes));
  let sum = 0;
  for (const p of primes) sum += p;
  console.log(sum);
  return 0;
}
