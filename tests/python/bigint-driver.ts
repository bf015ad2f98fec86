// The big-int test driver (an RTS program, run untranslated and translated
// by tests/python/bigint.test.ts, which compares its output with python3
// computing the same values): factorial, Fibonacci, powers and modular
// powers, divmod chains, radix strings, bitwise operators, floats, hash,
// gcd and the pidigits benchmark.  `bigint-driver pidigits N` prints only
// pidigits' N digits (the benchmark).
import { floatHighWord, floatLowWord } from "rts/rlib";
import { BigNum, BigNumOverflow, BigNumZeroDivision } from "../../languages/python/bigint.ts";

const big = (n: number): BigNum => BigNum.fromInt(n);
const ZERO = big(0);
const ONE = big(1);
const THREE = big(3);
const TEN = big(10);

function factorial(n: number): BigNum {
  let r = ONE;
  for (let i = 2; i <= n; i++) r = r.mul(big(i));
  return r;
}

function fib(n: number): BigNum {
  let a = ZERO;
  let b = ONE;
  for (let i = 0; i < n; i++) {
    const t = a.add(b);
    a = b;
    b = t;
  }
  return a;
}

/** Python's `10 ** e` written with BigNum. */
function p10(e: number): BigNum {
  return TEN.powInt(e);
}

/** The IEEE words of a double: what both sides print for floats. */
function bits(x: number): string {
  return `${floatHighWord(x)} ${floatLowWord(x)}`;
}

/** The benchmark game's pidigits (Python version), with BigNum arithmetic. */
function pidigits(count: number): void {
  let i = 0;
  let k = 0;
  let ns = 0;
  let k1 = 1;
  let n = ONE;
  let a = ZERO;
  let d = ONE;
  for (;;) {
    k += 1;
    const t = n.shl(1);
    n = n.mul(big(k));
    a = a.add(t);
    k1 += 2;
    a = a.mul(big(k1));
    d = d.mul(big(k1));
    if (a.compare(n) >= 0) {
      const [q, r] = n.mul(THREE).add(a).divmod(d);
      const u = r.add(n);
      if (d.compare(u) > 0) {
        ns = ns * 10 + q.toNumber();
        i += 1;
        if (i % 10 === 0) {
          console.log(`${String(ns).padStart(10, "0")}\t:${i}`);
          ns = 0;
        }
        if (i >= count) break;
        a = a.sub(d.mul(q)).mul(TEN);
        n = n.mul(TEN);
      }
    }
  }
}

function toFloat(a: BigNum): string {
  try {
    return bits(a.toFloat());
  } catch (e) {
    if (e instanceof BigNumOverflow) return e.message;
    throw e;
  }
}

function trueDiv(a: BigNum, b: BigNum): string {
  try {
    return bits(a.trueDiv(b));
  } catch (e) {
    if (e instanceof BigNumOverflow || e instanceof BigNumZeroDivision) return e.message;
    throw e;
  }
}

export function main(argv: string[]): number {
  if (argv[1] === "pidigits") {
    pidigits(Number(argv[2]));
    return 0;
  }
  const f1000 = factorial(1000);
  console.log(`fact ${f1000.toString()}`);
  const m = p10(50).add(big(151));
  const p3 = THREE.powInt(10000);
  console.log(`powmod ${p3.mod(m).toString()} ${THREE.powMod(big(10000), m).toString()} ${big(-7).powMod(p10(30).add(big(7)), m.neg()).toString()}`);
  console.log(`inverse ${big(3).powMod(big(-1), big(7)).toString()} ${f1000.add(ONE).powMod(big(-5), m).toString()} ${f1000.powMod(THREE.powInt(200), m).toString()}`);
  const f5000 = fib(5000);
  console.log(`fib ${f5000.toString()} ${f5000.toString().length}`);
  // divmod chain over every sign combination
  let x = big(7).powInt(300).add(big(12345));
  const divisors = [big(3), big(-10), p10(20).add(big(39)), THREE.powInt(150).add(big(17)).neg(), big(2).powInt(100).sub(ONE), f5000.neg()];
  for (let round = 0; round < 4; round++) {
    for (const dv of divisors) {
      const [q, r] = x.divmod(dv);
      console.log(`divmod ${q.toString()} ${r.toString()} ${x.floorDiv(dv).equals(q)} ${x.mod(dv).equals(r)}`);
      x = q.mul(big(-1234567)).sub(r).add(p3.shr(round * 1000 + 7));
    }
  }
  // radix strings
  const h = f1000.neg().add(big(0xabcdef));
  console.log(`radix ${h.toString(16)} ${h.toString(8)} ${p3.toString(2).length} ${h.toString(36)} ${h.toString(7).slice(0, 60)}`);
  console.log(`parse ${BigNum.fromString(h.toString(7), 7).equals(h)} ${BigNum.fromString(f5000.toString()).equals(f5000)} ${BigNum.fromString("-ZZ0000000000000000000001", 36).toString()} ${BigNum.fromString("1".repeat(200), 2).toString()}`);
  // bitwise and shifts
  const b1 = big(-7).powInt(101);
  const b2 = THREE.powInt(150).add(big(5));
  console.log(`bits ${b1.and(b2).toString()} ${b1.or(b2).toString()} ${b1.xor(b2).toString()} ${b1.invert().toString()} ${b1.and(b1.neg()).toString()}`);
  console.log(`shifts ${b1.shl(77).toString()} ${b1.shr(77).toString()} ${b1.shr(1000).toString()} ${b2.shr(3).toString()} ${b1.bitLength()}`);
  // floats
  console.log(`float ${toFloat(f1000.shr(8000))} ${toFloat(p3.shr(15000).neg())} ${toFloat(p10(308).mul(big(17)))} ${toFloat(BigNum.fromDouble(1e300))} ${BigNum.fromDouble(-1.5e300).toString()}`);
  console.log(`truediv ${trueDiv(f1000, f5000)} ${trueDiv(f5000, f1000)} ${trueDiv(p3.neg(), p3.add(ONE))} ${trueDiv(ONE, p10(330))} ${trueDiv(big(-3), p10(320))} ${trueDiv(f1000, ZERO)} ${trueDiv(p10(400), THREE)}`);
  // hash and gcd
  console.log(`hash ${f1000.hash().toString()} ${f1000.neg().hash().toString()} ${big(2).powInt(61).sub(ONE).hash().toString()} ${big(-2).powInt(61).hash().toString()} ${b1.hash().toString()}`);
  console.log(`gcd ${f1000.gcd(f5000).toString()} ${factorial(300).gcd(fib(300).mul(big(-24))).toString()} ${p3.gcd(ZERO).toString()}`);
  pidigits(500);
  return 0;
}
