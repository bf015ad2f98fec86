// Annotation rules of numbers: what JavaScript's arithmetic and Math give,
// as int or float, with the facts that keep results ints (RPython's
// SomeInteger(nonneg)).  An int can hold neither -0 nor NaN, so an
// operation whose JavaScript result may be one of them gives an
// `integral` float instead: `-x` (x may be 0), `a * b` of unknown signs,
// `a % b` with a possibly negative dividend, Math.round of a possibly
// negative float.  Where the facts rule those values out, ints stay ints.
import { Constant, type Value } from "../flow/model.ts";
import { fitsInt } from "../frontend/constexpr.ts";
import { SomeFloat, SomeInt, floatFacts, s_int, s_nonneg, someFloat, someInt, type SomeValue } from "./model.ts";

/** The number a constant operand holds, if it is one. */
export function constNumber(v: Value | undefined): number | undefined {
  return v instanceof Constant && typeof v.value === "number" ? v.value : undefined;
}

/** The annotation of a number computed at translation time from constants. */
export function numberOf(v: number): SomeValue {
  if (fitsInt(v)) return someInt(v >= 0);
  return someFloat(Number.isInteger(v) || !Number.isFinite(v), v >= 0 && !Object.is(v, -0), !Object.is(v, -0));
}

const isInt = (a: SomeValue): a is SomeInt => a instanceof SomeInt;

/** a + b, a - b, a * b, a / b, a % b, a ** b on numbers; `k` are the operands when constant. */
export function arithmetic(op: string, a: SomeValue, b: SomeValue, ka?: number, kb?: number): SomeValue {
  const fa = floatFacts(a);
  const fb = floatFacts(b);
  const integral = fa.integral && fb.integral;
  switch (op) {
    case "add":
      if (isInt(a) && isInt(b)) return someInt(a.nonneg && b.nonneg);
      return someFloat(integral, fa.nonneg && fb.nonneg, fa.notNegZero || fb.notNegZero); // -0 + -0 is the only -0 sum
    case "sub":
      if (isInt(a) && isInt(b)) return s_int; // x - x is +0
      return someFloat(integral, false, fa.notNegZero); // -0 - +0 is the only -0 difference
    case "mul": {
      if (isInt(a) && isInt(b)) {
        // zero times a negative is -0: ints only where that cannot happen
        if (a.nonneg && b.nonneg) return s_nonneg;
        if ((ka !== undefined && ka > 0) || (kb !== undefined && kb > 0)) return someInt(a.nonneg && b.nonneg);
        return someFloat(true, false, false);
      }
      const nonneg = fa.nonneg && fb.nonneg;
      return someFloat(integral, nonneg, nonneg);
    }
    case "div": {
      const nonneg = fa.nonneg && fb.nonneg;
      const positiveDivisor = kb !== undefined && kb > 0 && Number.isFinite(kb);
      return someFloat(false, nonneg, nonneg || (positiveDivisor && fa.notNegZero));
    }
    case "mod":
      // the result has the dividend's sign: -4 % 2 is -0; x % 0 is NaN (an int dividend >= 0 keeps the int, see docs)
      if (isInt(a) && isInt(b) && a.nonneg) return s_nonneg;
      return someFloat(integral, fa.nonneg, fa.nonneg);
    case "pow":
      if (isInt(a) && kb !== undefined && Number.isInteger(kb) && kb >= 0) return someInt(a.nonneg || kb % 2 === 0);
      return someFloat(false, fa.nonneg, fa.nonneg);
  }
  throw new Error(`internal: arithmetic ${op}`);
}

/** -x: never an int unless x is a non-zero constant (-0 for 0). */
export function negation(a: SomeValue, k?: number): SomeValue {
  if (k !== undefined) return numberOf(-k);
  return someFloat(floatFacts(a).integral, false, false);
}

/** Math.floor / ceil / round / trunc. */
export function rounding(name: string, a: SomeValue, k?: number): SomeValue {
  if (isInt(a)) return a;
  if (k !== undefined) return numberOf((Math as unknown as Record<string, (x: number) => number>)[name](k));
  const f = floatFacts(a);
  // floor(x) is -0 only for x = -0; ceil, round and trunc give -0 for x in (-1, -0]
  const noNegZero = name === "floor" ? f.notNegZero : f.nonneg;
  if (noNegZero) return someInt(f.nonneg);
  return someFloat(true, f.nonneg, false);
}

/** Math.abs, Math.sign, Math.min, Math.max, and the float-valued Math functions. */
export function mathResult(name: string, args: SomeValue[]): SomeValue {
  const facts = args.map(floatFacts);
  const allInt = args.every(isInt);
  switch (name) {
    case "abs":
      return allInt ? s_nonneg : someFloat(facts[0].integral, true, true);
    case "sign":
      return allInt ? someInt((args[0] as SomeInt).nonneg) : someFloat(true, facts[0].nonneg, facts[0].notNegZero);
    case "min":
    case "max": {
      const nonneg = name === "min" ? facts.every((f) => f.nonneg) : facts.some((f) => f.nonneg);
      if (allInt) return someInt(nonneg);
      // Math.min(+0, -0) is -0, Math.max(-0, -5) is -0
      return someFloat(facts.every((f) => f.integral), nonneg, nonneg || facts.every((f) => f.notNegZero));
    }
    case "sqrt":
      return someFloat(false, facts[0].nonneg, facts[0].nonneg); // sqrt(-0) is -0
    case "exp":
    case "hypot":
    case "random":
      return someFloat(false, true, true);
  }
  return someFloat(false, false, false);
}

/** The float a number annotation becomes when it meets a float. */
export function asFloat(a: SomeValue): SomeFloat {
  const f = floatFacts(a);
  return someFloat(f.integral, f.nonneg, f.notNegZero);
}
