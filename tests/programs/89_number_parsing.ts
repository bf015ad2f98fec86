// Number(s), parseFloat, parseInt (with radix), isNaN/isFinite and Number.isInteger: JavaScript's grammar, whitespace, prefixes, Infinity, rounding of long decimals.
const INPUTS = [
  "", " ", "0", "-0", "42", "  42  ", "\t\n12\r", "3.25", ".5", "5.", "+7", "-7.5e3", "1e21", "1e-7", "1E+2", "1e", "e5",
  "0x1F", "0X1f", "0o17", "0b101", "-0x10", "0x", "0xg", "Infinity", "-Infinity", "+Infinity", "infinity", "NaN",
  "12px", "px12", "1.2.3", "1_000", "007", "0.1", "0.30000000000000004", "123456789012345678901234567890",
  "9007199254740993", "2.2250738585072014e-308", "4.9e-324", "1e400", "-1e400", "\u00a012\u2003",
];

function show(x: number): string {
  return x === 0 && 1 / x < 0 ? "-0" : String(x);
}

export function main(argv: string[]): number {
  for (const s of INPUTS) {
    const n = Number(s);
    const f = parseFloat(s);
    const i = parseInt(s);
    console.log("[" + s.trim() + "] length " + s.length + " Number=" + show(n) + " parseFloat=" + show(f) + " parseInt=" + show(i) + " isNaN=" + isNaN(n) + " isFinite=" + isFinite(n) + " integer=" + Number.isInteger(n));
  }
  const radixes = [2, 8, 10, 16, 36, 1, 37, 0];
  for (const r of radixes) console.log("radix " + r + ": " + show(parseInt("ff", r)) + " " + show(parseInt("-101z", r)) + " " + show(parseInt("0x1A", r)));
  // a checksum over many generated decimals: parsing must round exactly as JS does
  let seed = 12345;
  let acc = 0;
  for (let k = 0; k < 3000; k++) {
    seed = (seed * 48271) % 2147483647;
    const digits = String(seed) + "." + String(seed % 99991) + "e" + String((seed % 41) - 20);
    const v = Number(digits);
    const text = String(v); // parsing and printing must both round exactly as JS does
    for (let c = 0; c < text.length; c++) acc = (acc * 31 + text.charCodeAt(c)) % 1000000007;
    if (k % 1000 === 0) console.log(digits + " -> " + v);
  }
  console.log(acc);
  console.log(Number(true) + Number(false) + Number(7) + Number(2.5));
  return 0;
}
