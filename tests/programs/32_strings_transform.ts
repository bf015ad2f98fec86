// split, join, trim, repeat, padStart, toUpperCase, toLowerCase.
function capitalize(w: string): string {
  if (w.length === 0) return w;
  return w[0].toUpperCase() + w.slice(1).toLowerCase();
}

export function main(argv: string[]): number {
  const parts = "a,b,,c".split(",");
  console.log(parts.length);
  console.log(parts.join("|"));
  console.log("one two  three".split(" ").length);
  console.log("abc".split("").join("-"));
  console.log("no-sep".split(",").length);
  console.log("".split(",").length);
  console.log("a::b::c".split("::").join("+"));
  console.log(",x,".split(",").length);
  console.log("[" + "  padded\t ".trim() + "]");
  console.log("[" + "   ".trim() + "]");
  console.log("[" + "\n x y \n".trim() + "]");
  console.log("ab".repeat(3));
  console.log("[" + "x".repeat(0) + "]");
  console.log("-".repeat(20));
  console.log("7".padStart(3, "0"));
  console.log("1234".padStart(3, "0"));
  console.log("[" + "ab".padStart(6) + "]");
  console.log("5".padStart(6, "ab"));
  console.log("Hello World".toUpperCase());
  console.log("Hello World".toLowerCase());
  console.log("MiXeD 123 !?".toLowerCase());
  const sentence = "the QUICK brown fOX";
  const words = sentence.split(" ");
  const caps: string[] = [];
  for (const w of words) caps.push(capitalize(w));
  console.log(caps.join(" "));
  // table formatting
  const names: string[] = ["x", "yy", "zzz"];
  const vals: number[] = [5, 123, 42];
  for (let i = 0; i < names.length; i++) {
    console.log(names[i].padStart(5, ".") + "|" + ("" + vals[i]).padStart(6));
  }
  // parse integers from text without Number()
  const csv = " 12, 7 ,300,  0 ";
  let total = 0;
  for (const field of csv.split(",")) {
    const t = field.trim();
    let v = 0;
    for (let i = 0; i < t.length; i++) v = v * 10 + (t.charCodeAt(i) - 48);
    total += v;
  }
  console.log(total);
  // lines
  const text = "first line\nsecond line\n\nfourth";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    console.log((i + 1) + ": " + lines[i].toUpperCase() + " (" + lines[i].length + ")");
  }
  console.log("x".repeat(3).toUpperCase().padStart(5, "-"));
  return 0;
}
