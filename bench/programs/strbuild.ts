// Building a string piece by piece with `s += piece`, the way interpreters
// build their output: amortized linear on Node (V8's ropes); the translated
// program must not be quadratic.  Prints the length and a checksum.
export function main(argv: string[]): number {
  const n = argv.length > 1 ? parseInt(argv[1]) : 10000;
  let s = "";
  for (let i = 0; i < n; i++) {
    s += "item " + i;
    s += i % 7 === 0 ? ";\n" : ", ";
  }
  let h = 0;
  for (let i = 0; i < s.length; i += 97) h = (h * 31 + s.charCodeAt(i)) % 1000000007;
  console.log(s.length, h);
  return 0;
}
