// The math module.  Functions of floats compute with the toolkit's fdlibm
// port (the same bits untranslated and translated; CPython calls the C
// library, which may differ in the last bit for a few transcendental
// results); sqrt, floor, ceil, fmod, fsum, the integer functions (gcd,
// factorial, comb, isqrt on big ints) and the predicates are exact.
import { toInt } from "rts/rlib";
import { BigNum } from "../bigint.ts";
import { BinaryOp } from "../code.ts";
import { overflowError, typeError, valueError, zeroDivision } from "../objects/exceptions.ts";
import { KwArgs, NONE, PyBuiltin, PyInt, PyLong, PyModule, PyObject, pyBool, pyFloat, pyInt, pyTuple } from "../objects/model.ts";
import { dictSetStr } from "../objects/dict.ts";
import { asInt, bigOf, binaryOp, floatPow, intFromBig } from "../objects/numbers.ts";
import { floatToInt, toFloatValue } from "../objects/numparse.ts";
import { callSpecial, typeName } from "../objects/ops.ts";
import { iterate, toIndex } from "../objects/items.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";

function num(o: PyObject): number {
  return toFloatValue(o);
}

function domain(): never {
  throw valueError("math domain error");
}

/** A float result that overflowed from finite arguments is an OverflowError; NaN from non-NaN arguments a ValueError. */
function checked(r: number, x: number): number {
  if (r !== r && x === x) domain();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw overflowError("math range error");
  return r;
}

function intArg(o: PyObject): PyInt | PyLong {
  const i = asInt(o);
  if (i !== null) return i;
  const r = callSpecial(o, "__index__", []);
  const ri = r === null ? null : asInt(r);
  if (ri === null) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  return ri;
}

/** floor/ceil: __floor__/__ceil__ of non-floats (ints are themselves). */
function rounding(o: PyObject, up: boolean): PyObject {
  const i = asInt(o);
  if (i !== null) return i instanceof PyInt ? pyInt(i.value) : i;
  const m = callSpecial(o, up ? "__ceil__" : "__floor__", []);
  if (m !== null && !(o.getType().name === "float")) return m;
  const x = num(o);
  return floatToInt(up ? Math.ceil(x) : Math.floor(x));
}

function gcdBig(a: BigNum, b: BigNum): BigNum {
  return a.gcd(b);
}

/** isqrt(n): the floor of the exact square root (Newton's method on big ints). */
function isqrt(n: BigNum): BigNum {
  if (n.sign() < 0) throw valueError("isqrt() argument must be nonnegative");
  if (n.isZero()) return n;
  let x = BigNum.ONE.shl(toInt(Math.floor((n.bitLength() + 1) / 2)));
  for (;;) {
    const y = x.add(n.floorDiv(x)).shr(1);
    if (y.compare(x) >= 0) return x;
    x = y;
  }
}

function factorial(n: number): BigNum {
  let r = BigNum.ONE;
  // multiply small factors in pairs while they fit, then into the big product
  let acc = 1;
  for (let i = 2; i <= n; i++) {
    if (acc * i > 9007199254740991) {
      r = r.mul(BigNum.fromInt(acc));
      acc = 1;
    }
    acc = toInt(acc * i);
  }
  return r.mul(BigNum.fromInt(acc));
}

function comb(n: BigNum, k: BigNum): BigNum {
  if (n.sign() < 0) throw valueError("n must be a non-negative integer");
  if (k.sign() < 0) throw valueError("k must be a non-negative integer");
  if (k.compare(n) > 0) return BigNum.ZERO;
  let kk = k;
  const nk = n.sub(k);
  if (nk.compare(kk) < 0) kk = nk;
  if (!kk.fitsSmall()) throw overflowError("min(n - k, k) must not exceed 9007199254740991");
  const m = kk.toNumber();
  let r = BigNum.ONE;
  for (let i = 0; i < m; i++) r = r.mul(n.sub(BigNum.fromInt(i))).floorDiv(BigNum.fromInt(i + 1));
  return r;
}

function perm(n: BigNum, k: BigNum): BigNum {
  if (n.sign() < 0) throw valueError("n must be a non-negative integer");
  if (k.sign() < 0) throw valueError("k must be a non-negative integer");
  if (k.compare(n) > 0) return BigNum.ZERO;
  const m = k.toNumber();
  let r = BigNum.ONE;
  for (let i = 0; i < m; i++) r = r.mul(n.sub(BigNum.fromInt(i)));
  return r;
}

/** fsum: Shewchuk's exact summation with partials, rounded once (as CPython's msum). */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (const x0 of xs) {
    let x = x0;
    if (!Number.isFinite(x)) {
      if (x !== x) special = NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (const y0 of partials) {
      let y = y0;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    while (partials.length > i) partials.pop();
    partials.push(x);
  }
  if (special !== 0 || special !== special) return NaN;
  if (infSum !== 0) {
    if (infSum !== infSum) throw valueError("-inf + inf in fsum");
    return infSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** x = mantissa * 2 ** exponent, 0.5 <= |mantissa| < 1 (a record: RTS shares tuple types across a program, and divmod's are floats). */
interface Frexp {
  mantissa: number;
  exponent: number;
}

function frexp(x: number): Frexp {
  if (x === 0 || !Number.isFinite(x)) return { mantissa: x, exponent: 0 };
  let e = 0;
  let m = Math.abs(x);
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  return { mantissa: x < 0 ? -m : m, exponent: e };
}

function ldexp(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= Math.pow(2, 1000);
    k -= 1000;
  }
  while (k < -1000) {
    r *= Math.pow(2, -1000);
    k += 1000;
  }
  return r * Math.pow(2, k);
}

function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0 || absTol < 0) throw valueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

// ---- the functions RTS's Math lacks, from the ones it has (CPython's C library may differ in the last bit) ----

function expm1(x: number): number {
  if (Math.abs(x) < 1e-5) return x + (x * x) / 2 + (x * x * x) / 6;
  return Math.exp(x) - 1;
}

function log1p(x: number): number {
  if (Math.abs(x) < 1e-4) return x - (x * x) / 2 + (x * x * x) / 3;
  // the correction term of Goldberg's trick: exact for the rounding of 1 + x
  const u = 1 + x;
  return u === 1 ? x : (Math.log(u) * x) / (u - 1);
}

function log2(x: number): number {
  const f = frexp(x);
  if (f.mantissa === 0.5) return f.exponent - 1;
  return Math.log(x) / Math.LN2;
}

function log10(x: number): number {
  const r = Math.log(x) / Math.LN10;
  const k = Math.round(r);
  // exact powers of ten give their exponent
  if (Math.abs(r - k) < 1e-9 && k >= 0 && k <= 22 && Math.pow(10, k) === x) return k;
  return r;
}

function sinh(x: number): number {
  if (Math.abs(x) < 1e-5) return x + (x * x * x) / 6;
  return (Math.exp(x) - Math.exp(-x)) / 2;
}

function cosh(x: number): number {
  return (Math.exp(x) + Math.exp(-x)) / 2;
}

function tanh(x: number): number {
  if (x > 20) return 1;
  if (x < -20) return -1;
  if (Math.abs(x) < 1e-5) return x - (x * x * x) / 3;
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
}

function asinh(x: number): number {
  const a = Math.abs(x);
  const r = a < 1e-5 ? a : Math.log(a + Math.sqrt(a * a + 1));
  return x < 0 ? -r : r;
}

function def(m: PyModule, name: string, fn: (args: PyObject[], kw: KwArgs | null) => PyObject): void {
  dictSetStr(m.dict, name, new PyBuiltin(name, fn, null, null));
}

function oneFloat(args: PyObject[], name: string): number {
  if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
  return num(args[0]);
}

function makeMath(): PyModule {
  const m = newModule("math");
  const d = m.dict;
  dictSetStr(d, "pi", pyFloat(Math.PI));
  dictSetStr(d, "e", pyFloat(Math.E));
  dictSetStr(d, "tau", pyFloat(2 * Math.PI));
  dictSetStr(d, "inf", pyFloat(Infinity));
  dictSetStr(d, "nan", pyFloat(NaN));
  def(m, "sqrt", (a) => {
    const x = oneFloat(a, "sqrt");
    if (x < 0) domain();
    return pyFloat(Math.sqrt(x));
  });
  def(m, "exp", (a) => {
    const x = oneFloat(a, "exp");
    return pyFloat(checked(Math.exp(x), x));
  });
  def(m, "expm1", (a) => {
    const x = oneFloat(a, "expm1");
    return pyFloat(checked(expm1(x), x));
  });
  def(m, "log", (a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`log expected 1 or 2 arguments, got ${a.length}`);
    const ln = (o: PyObject): number => {
      const i = asInt(o);
      if (i instanceof PyLong) {
        // a big int: log of its top bits plus the scale
        if (i.big.sign() <= 0) domain();
        const bits = i.big.bitLength();
        const shift = bits > 60 ? bits - 60 : 0;
        return Math.log(i.big.shr(shift).toFloat()) + shift * Math.LN2;
      }
      const x = num(o);
      if (x <= 0) domain();
      return Math.log(x);
    };
    const r = ln(a[0]);
    if (a.length === 1) return pyFloat(r);
    const base = ln(a[1]);
    if (base === 0) throw zeroDivision("float division by zero");
    return pyFloat(r / base);
  });
  def(m, "log2", (a) => {
    const x = oneFloat(a, "log2");
    if (x <= 0) domain();
    return pyFloat(log2(x));
  });
  def(m, "log10", (a) => {
    const x = oneFloat(a, "log10");
    if (x <= 0) domain();
    return pyFloat(log10(x));
  });
  def(m, "log1p", (a) => {
    const x = oneFloat(a, "log1p");
    if (x <= -1) domain();
    return pyFloat(log1p(x));
  });
  def(m, "pow", (a) => {
    if (a.length !== 2) throw typeError(`pow expected 2 arguments, got ${a.length}`);
    const x = num(a[0]);
    const y = num(a[1]);
    if (x === 0 && y < 0) domain();
    return pyFloat(floatPow(x, y));
  });
  def(m, "sin", (a) => {
    const x = oneFloat(a, "sin");
    if (!Number.isFinite(x) && x === x) domain();
    return pyFloat(Math.sin(x));
  });
  def(m, "cos", (a) => {
    const x = oneFloat(a, "cos");
    if (!Number.isFinite(x) && x === x) domain();
    return pyFloat(Math.cos(x));
  });
  def(m, "tan", (a) => {
    const x = oneFloat(a, "tan");
    if (!Number.isFinite(x) && x === x) domain();
    return pyFloat(Math.tan(x));
  });
  def(m, "asin", (a) => {
    const x = oneFloat(a, "asin");
    if (x < -1 || x > 1) domain();
    return pyFloat(Math.atan2(x, Math.sqrt((1 - x) * (1 + x))));
  });
  def(m, "acos", (a) => {
    const x = oneFloat(a, "acos");
    if (x < -1 || x > 1) domain();
    return pyFloat(Math.atan2(Math.sqrt((1 - x) * (1 + x)), x));
  });
  def(m, "atan", (a) => pyFloat(Math.atan(oneFloat(a, "atan"))));
  def(m, "atan2", (a) => pyFloat(Math.atan2(num(a[0]), num(a[1]))));
  def(m, "sinh", (a) => {
    const x = oneFloat(a, "sinh");
    return pyFloat(checked(sinh(x), x));
  });
  def(m, "cosh", (a) => {
    const x = oneFloat(a, "cosh");
    return pyFloat(checked(cosh(x), x));
  });
  def(m, "tanh", (a) => pyFloat(tanh(oneFloat(a, "tanh"))));
  def(m, "asinh", (a) => pyFloat(asinh(oneFloat(a, "asinh"))));
  def(m, "acosh", (a) => {
    const x = oneFloat(a, "acosh");
    if (x < 1) domain();
    return pyFloat(Math.log(x + Math.sqrt(x * x - 1)));
  });
  def(m, "atanh", (a) => {
    const x = oneFloat(a, "atanh");
    if (x <= -1 || x >= 1) domain();
    return pyFloat(0.5 * log1p((2 * x) / (1 - x)));
  });
  def(m, "hypot", (a) => {
    let s = 0;
    const xs = a.map((o) => Math.abs(num(o)));
    if (xs.some((x) => x === Infinity)) return pyFloat(Infinity);
    if (xs.some((x) => x !== x)) return pyFloat(NaN);
    if (xs.length === 2) return pyFloat(Math.hypot(xs[0], xs[1]));
    for (const x of xs) s += x * x;
    return pyFloat(Math.sqrt(s));
  });
  def(m, "dist", (a) => {
    const p = iterate(a[0]).map(num);
    const q = iterate(a[1]).map(num);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    let s = 0;
    for (let i = 0; i < p.length; i++) s += (p[i] - q[i]) * (p[i] - q[i]);
    return pyFloat(Math.sqrt(s));
  });
  def(m, "degrees", (a) => pyFloat(oneFloat(a, "degrees") * (180.0 / Math.PI)));
  def(m, "radians", (a) => pyFloat(oneFloat(a, "radians") * (Math.PI / 180.0)));
  def(m, "fabs", (a) => pyFloat(Math.abs(oneFloat(a, "fabs"))));
  def(m, "fmod", (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    if (y === 0 || (!Number.isFinite(x) && x === x)) domain();
    return pyFloat(x % y);
  });
  def(m, "remainder", (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    if (y === 0 || !Number.isFinite(x)) domain();
    const n = Math.round(x / y);
    let r = x - n * y;
    if (Math.abs(x / y - Math.trunc(x / y)) === 0.5) r = x - 2 * Math.round(x / y / 2) * y;
    return pyFloat(r);
  });
  def(m, "copysign", (a) => {
    const x = Math.abs(num(a[0]));
    const y = num(a[1]);
    return pyFloat(y < 0 || (y === 0 && 1 / y < 0) ? -x : x);
  });
  def(m, "floor", (a) => rounding(a[0], false));
  def(m, "ceil", (a) => rounding(a[0], true));
  def(m, "trunc", (a) => {
    const r = callSpecial(a[0], "__trunc__", []);
    if (r === null) throw typeError(`type ${typeName(a[0])} doesn't define __trunc__ method`);
    return r;
  });
  def(m, "modf", (a) => {
    const x = oneFloat(a, "modf");
    if (!Number.isFinite(x)) return pyTuple([pyFloat(x !== x ? x : 0.0 * (x < 0 ? -1 : 1)), pyFloat(x)]);
    const ip = Math.trunc(x);
    return pyTuple([pyFloat(x - ip === 0 && x < 0 ? -0.0 : x - ip), pyFloat(ip === 0 && x < 0 ? -0.0 : ip)]);
  });
  def(m, "frexp", (a) => {
    const f = frexp(oneFloat(a, "frexp"));
    return pyTuple([pyFloat(f.mantissa), pyInt(f.exponent)]);
  });
  def(m, "ldexp", (a) => pyFloat(ldexp(num(a[0]), toIndex(a[1]))));
  def(m, "isfinite", (a) => pyBool(Number.isFinite(oneFloat(a, "isfinite"))));
  def(m, "isinf", (a) => {
    const x = oneFloat(a, "isinf");
    return pyBool(x === Infinity || x === -Infinity);
  });
  def(m, "isnan", (a) => {
    const x = oneFloat(a, "isnan");
    return pyBool(x !== x);
  });
  def(m, "isclose", (a, kw) => {
    let rel = 1e-9;
    let abs = 0.0;
    if (kw !== null) kw.names.forEach((n, i) => {
      if (n === "rel_tol") rel = num(kw.values[i]);
      else if (n === "abs_tol") abs = num(kw.values[i]);
      else throw typeError(`isclose() got an unexpected keyword argument '${n}'`);
    });
    return pyBool(isclose(num(a[0]), num(a[1]), rel, abs));
  });
  def(m, "fsum", (a) => pyFloat(fsum(iterate(a[0]).map(num))));
  def(m, "prod", (a, kw) => {
    let acc: PyObject = pyInt(1);
    if (kw !== null) kw.names.forEach((n, i) => {
      if (n === "start") acc = kw.values[i];
    });
    for (const x of iterate(a[0])) acc = binaryOp(acc, x, BinaryOp.MUL);
    return acc;
  });
  def(m, "gcd", (a) => {
    let g = BigNum.ZERO;
    for (const x of a) g = gcdBig(g, bigOf(intArg(x)));
    return intFromBig(g.abs());
  });
  def(m, "lcm", (a) => {
    let l = BigNum.ONE;
    if (a.length === 0) return pyInt(1);
    for (const x of a) {
      const b = bigOf(intArg(x)).abs();
      if (b.isZero()) return pyInt(0);
      l = l.mul(b).floorDiv(gcdBig(l, b));
    }
    return intFromBig(l);
  });
  def(m, "factorial", (a) => {
    const i = asInt(a[0]);
    if (i === null) throw typeError(`'${typeName(a[0])}' object cannot be interpreted as an integer`);
    if (i instanceof PyLong) throw overflowError("factorial() argument should not exceed 9223372036854775807");
    if (i.value < 0) throw valueError("factorial() not defined for negative values");
    return intFromBig(factorial(i.value));
  });
  def(m, "comb", (a) => intFromBig(comb(bigOf(intArg(a[0])), bigOf(intArg(a[1])))));
  def(m, "perm", (a) => {
    const n = bigOf(intArg(a[0]));
    if (a.length < 2 || a[1] === NONE) return intFromBig(factorial(n.toNumber()));
    return intFromBig(perm(n, bigOf(intArg(a[1]))));
  });
  def(m, "isqrt", (a) => intFromBig(isqrt(bigOf(intArg(a[0])))));
  def(m, "ulp", (a) => {
    const x = Math.abs(oneFloat(a, "ulp"));
    if (!Number.isFinite(x)) return pyFloat(x);
    if (x === 0) return pyFloat(5e-324);
    return pyFloat(Math.max(ldexp(1, frexp(x).exponent - 53), 5e-324));
  });
  return m;
}

MODULE_FACTORIES.set("math", makeMath);
