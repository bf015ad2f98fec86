// Small integer helpers shared by several test programs (no main).
export const LIMIT = 100;
export const GREETING = "hello";

export function square(x: number): number {
  return x * x;
}

export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function clamp(x: number, lo: number, hi: number): number {
  if (x < lo) return lo;
  if (x > hi) return hi;
  return x;
}

// Same name as a private function in other modules: must not clash.
function helper(x: number): number {
  return x * 10;
}

export function tenTimesPlusOne(x: number): number {
  return helper(x) + 1;
}

export function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}
