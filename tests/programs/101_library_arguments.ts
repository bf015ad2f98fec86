// Library members with every argument JavaScript takes: fromIndex of indexOf/
// lastIndexOf/includes (a tokenizer loop depends on it), string positions,
// split limits, several concat arguments, undefined for an optional argument,
// Unicode case mapping, Math results to the last bit (V8's algorithms), and
// console.log of long strings.

function tokens(src: string): string[] {
  // words separated by single spaces, found with indexOf(" ", from)
  const out: string[] = [];
  let at = 0;
  while (at <= src.length) {
    let end = src.indexOf(" ", at);
    if (end < 0) end = src.length;
    if (end > at) out.push(src.slice(at, end));
    at = end + 1;
  }
  return out;
}

export function main(argv: string[]): number {
  const xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
  console.log(xs.indexOf(5), xs.indexOf(5, 5), xs.indexOf(5, -3), xs.indexOf(5, 100), xs.indexOf(5, -100));
  console.log(xs.lastIndexOf(5), xs.lastIndexOf(5, 7), xs.lastIndexOf(5, -4), xs.lastIndexOf(3, -100));
  console.log(xs.includes(9, 6), xs.includes(9, -6), [NaN].includes(NaN), [NaN].indexOf(NaN));
  const positions: number[] = [0.5, -0.5, NaN, 2.9, -1.5];
  for (const p of positions) console.log(xs.indexOf(1, p), xs.lastIndexOf(1, p), xs.includes(3, p));
  console.log(tokens("let x  = 1 + 22;"));

  const s = "abcabcABC";
  console.log(s.includes("abc", 1), s.includes("abc", 4), s.startsWith("cab", 2), s.endsWith("ab", 5), s.endsWith("C", 100));
  console.log(s.lastIndexOf("abc", NaN), s.lastIndexOf("abc", 2), s.lastIndexOf("b", -5), s.indexOf("", 100));
  console.log(s.split("", 4), s.split("b", 2), s.split("b", 0), "a,b,c".split(",", -1));
  console.log("x".concat(), "x".concat("y", "z", "!"), [1].concat([2], [3, 4]));
  const maybe: number[] = [2];
  console.log(s.slice(1, maybe[3]), s.padStart(12, undefined), s.substring(4, maybe[1]));
  console.log("ǅungla straße ΣΑΣ ΌΣΟΣ ﬃ İ".toUpperCase(), "ΟΔΥΣΣΕΥΣ ΑΣ Σ".toLowerCase());
  try {
    console.log("ab".repeat(-1.5));
  } catch (e) {
    console.log((e as Error).message);
  }
  // counts and positions as ToIntegerOrInfinity converts them: truncated, -0.5 is 0, NaN is 0 (repeat) or the end (lastIndexOf)
  const counts: number[] = [2.7, -0.5, 0.99, NaN, Infinity, -Infinity, 1e300];
  for (const c of counts) {
    try {
      console.log("ab".repeat(c), "".repeat(c).length, s.lastIndexOf("c", c), s.lastIndexOf("C", -c), s.lastIndexOf("", c));
    } catch (e) {
      console.log(e instanceof RangeError, (e as Error).message);
    }
  }
  const units: number[] = [65, 65.9, -1, 65536 + 66, 0x1f600, 2 ** 32 + 67];
  let fromCodes = "";
  for (const u of units) fromCodes += String.fromCharCode(u).charCodeAt(0) + " ";
  console.log(fromCodes, s[0], s[8], maybe.length > 0 ? s[9] : "");

  const angles: number[] = [0.5, 1.2, 7, 1e10, -3.3, 100.25];
  for (const a of angles) console.log(Math.sin(a), Math.cos(a), Math.tan(a), Math.atan(a), Math.atan2(a, 0.75));
  for (const a of angles) console.log(Math.exp(a / 10), Math.log(Math.abs(a)), Math.pow(Math.abs(a), 1.37), a ** 3, Math.hypot(a, 3, 4));
  console.log(Math.max(), Math.min(), parseInt("ff", 16 + 2 ** 32), parseInt("11", 2.9), Number(maybe[5]), maybe[7], String(maybe[6]));

  const long = "first line\n".repeat(9) + "last";
  console.log([long]);
  console.log("%i|%d|%f|%s", -0.5, "12", "3.25x", -0);
  return 0;
}
