// formatd: C printf's %e, %f and %g for one double (RPython's rfloat.formatd).
// Translated it is a primitive that calls snprintf; this is the Node
// implementation, which must agree digit for digit.  glibc rounds the exact
// binary value of the double, ties to even, so we do the same on its exact
// decimal expansion (BigInt), not on JavaScript's shortest round-trip digits.

/** The exact decimal digits of |x| (finite, non-zero): |x| = digits × 10^exp10. */
function exactDecimal(x: number): { digits: string; exp10: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2 = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mant |= 1n << 52n;
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp2++;
  }
  if (exp2 >= 0) return { digits: (mant << BigInt(exp2)).toString(), exp10: 0 };
  // mant / 2^k = mant * 5^k / 10^k
  return { digits: (mant * 5n ** BigInt(-exp2)).toString(), exp10: exp2 };
}

/**
 * Rounds the digit string to `keep` leading digits (ties to even).  Returns the
 * kept digits and whether a carry added a digit in front.
 */
function roundDigits(digits: string, keep: number): { kept: string; carried: boolean } {
  if (keep >= digits.length) return { kept: digits + "0".repeat(keep - digits.length), carried: false };
  if (keep < 0) return { kept: "", carried: false };
  const kept = digits.slice(0, keep);
  const rest = digits.slice(keep);
  const first = rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  const lastOdd = keep > 0 && (kept.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = first > 5 || (first === 5 && (tail || lastOdd));
  if (!up) return { kept, carried: false };
  const chars = kept.split("");
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === "9") chars[i--] = "0";
  if (i >= 0) {
    chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
    return { kept: chars.join(""), carried: false };
  }
  return { kept: "1" + chars.join(""), carried: true };
}

/** Scientific form: mantissa digits (1 + precision of them) and decimal exponent. */
function scientific(x: number, precision: number): { digits: string; exp: number } {
  if (x === 0) return { digits: "0".repeat(precision + 1), exp: 0 };
  const { digits, exp10 } = exactDecimal(x);
  let exp = digits.length - 1 + exp10;
  const r = roundDigits(digits, precision + 1);
  let kept = r.kept;
  if (r.carried) {
    exp++;
    kept = kept.slice(0, precision + 1);
  }
  return { digits: kept, exp };
}

function formatE(x: number, precision: number): string {
  const { digits, exp } = scientific(x, precision);
  const mant = precision > 0 ? digits[0] + "." + digits.slice(1) : digits[0];
  const e = Math.abs(exp);
  return mant + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e);
}

function formatF(x: number, precision: number): string {
  let intPart: string;
  let frac: string;
  if (x === 0) {
    intPart = "0";
    frac = "0".repeat(precision);
  } else {
    const { digits, exp10 } = exactDecimal(x);
    const intLen = digits.length + exp10; // digits before the decimal point
    const padded = intLen <= 0 ? "0".repeat(1 - intLen) + digits : digits;
    const before = Math.max(intLen, 1);
    const r = roundDigits(padded, before + precision);
    const all = r.kept;
    const cut = all.length - precision;
    intPart = all.slice(0, cut).replace(/^0+(?=\d)/, "");
    frac = all.slice(cut);
  }
  return precision > 0 ? intPart + "." + frac : intPart;
}

function stripZeros(s: string): string {
  if (s.indexOf(".") < 0) return s;
  return s.replace(/0+$/, "").replace(/\.$/, "");
}

function formatG(x: number, precision: number): string {
  const p = precision === 0 ? 1 : precision;
  const exp = x === 0 ? 0 : scientific(x, p - 1).exp;
  if (exp < p && exp >= -4) return stripZeros(formatF(x, p - 1 - exp));
  const e = formatE(x, p - 1);
  const at = e.indexOf("e");
  return stripZeros(e.slice(0, at)) + e.slice(at);
}

/**
 * printf("%.<precision><code>", x) for code "e", "f" or "g".  NaN prints as
 * "nan" whatever its sign bit (the sign of a NaN differs between CPUs), and
 * infinities as "inf" / "-inf".
 */
export function formatd(x: number, code: string, precision: number): string {
  if (code !== "e" && code !== "f" && code !== "g") throw new RangeError(`formatd: unknown conversion '${code}'`);
  if (precision < 0 || precision > 100) throw new RangeError("formatd: precision must be between 0 and 100");
  if (Number.isNaN(x)) return "nan";
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return neg ? "-inf" : "inf";
  const ax = Math.abs(x);
  const body = code === "e" ? formatE(ax, precision) : code === "f" ? formatF(ax, precision) : formatG(ax, precision);
  return neg ? "-" + body : body;
}
