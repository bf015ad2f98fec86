// The string methods written in RTS (rts/rlib/strings): padding with fills
// that divide the gap or not, repeat counts from 0 up, too-long results as
// Node reports them, white space of every kind for trim, and searches at
// every position, including past the ends.
function show(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    r += c < 32 || c > 126 ? "<" + c + ">" : s.charAt(i);
  }
  return "[" + r + "]";
}

function tooLong(what: string, f: () => string): void {
  try {
    console.log(what, f().length);
  } catch (e) {
    if (e instanceof RangeError) console.log(what, "RangeError:", e.message);
  }
}

export function main(argv: string[]): number {
  for (const fill of ["", "-", "ab", "abc", "\ud83d\ude00"]) {
    let line = "";
    for (let len = 0; len < 9; len += 2) line += show("xy".padStart(len, fill)) + show("xy".padEnd(len, fill)) + " ";
    console.log(line);
  }
  console.log(show("7".padStart(3)), show("7".padEnd(3)), show("abc".padEnd(-1, "z")));
  let reps = "";
  for (let n = 0; n < 7; n++) reps += show("ab".repeat(n)) + " ";
  console.log(reps, "".repeat(5).length, "x".repeat(1000).length);
  tooLong("repeat", () => "abc".repeat(2 ** 28));
  tooLong("padStart", () => "abc".padStart(2 ** 30, "x"));
  tooLong("padEnd", () => "abc".padEnd(2 ** 29, ""));
  try {
    console.log("x".repeat(-2));
  } catch (e) {
    if (e instanceof RangeError) console.log("RangeError:", e.message);
  }
  const ws = "\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
  const padded = ws + "a b" + ws;
  console.log(show(padded.trim()), show(padded.trimStart()).length, show(padded.trimEnd()).length, show("\u200b x \u0085".trim()), show(ws.trim()));
  const hay = "abcabcab";
  let found = "";
  for (let p = -2; p < 11; p++) found += hay.indexOf("ab", p) + "," + hay.lastIndexOf("ab", p) + "," + hay.indexOf("", p) + "," + hay.lastIndexOf("", p) + " ";
  console.log(found);
  let tests = "";
  for (let p = -1; p < 10; p += 3) tests += hay.includes("ca", p) + "/" + hay.startsWith("ca", p) + "/" + hay.endsWith("ca", p) + " ";
  console.log(tests);
  // join: strings (the user's list), numbers and optional numbers (joined through a list of their own)
  const words = hay.split("c");
  const nums = [1, -0, 2.5, 1e21];
  const maybe: (number | undefined)[] = [1, undefined, 3];
  console.log(words.join("+"), nums.join(), maybe.join("/"), [true, false].join(""), words.join("").length);
  console.log(hay.split("ab").length, hay.split("abcabcab").length, hay.split("x")[0], "a,b,,".split(",").length, "😀a".split("").length);
  return 0;
}
