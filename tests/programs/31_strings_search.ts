// Searching strings: indexOf (with start), lastIndexOf, includes, startsWith, endsWith.
function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  let pos = hay.indexOf(needle);
  while (pos !== -1) {
    n++;
    pos = hay.indexOf(needle, pos + 1);
  }
  return n;
}

function replaceAll(s: string, from: string, to: string): string {
  let out = "";
  let i = 0;
  while (true) {
    const j = s.indexOf(from, i);
    if (j < 0) break;
    out += s.slice(i, j) + to;
    i = j + from.length;
  }
  return out + s.slice(i);
}

export function main(argv: string[]): number {
  const s = "the cat sat on the mat with the hat";
  console.log(s.indexOf("the"));
  console.log(s.indexOf("the", 1));
  console.log(s.indexOf("dog"));
  console.log(s.indexOf(""));
  console.log(s.lastIndexOf("the"));
  console.log(s.lastIndexOf("at"));
  console.log(s.lastIndexOf("zzz"));
  console.log(s.includes("sat on"));
  console.log(s.includes("sat in"));
  console.log(s.startsWith("the cat"));
  console.log(s.startsWith("cat"));
  console.log(s.endsWith("hat"));
  console.log(s.endsWith("ha"));
  console.log(s.startsWith(""));
  console.log(countOccurrences(s, "at"));
  console.log(countOccurrences("aaaa", "aa"));
  console.log(countOccurrences(s, "x"));
  console.log(replaceAll(s, "at", "og"));
  console.log(replaceAll("a-b-c", "-", ""));
  console.log(replaceAll("none", "x", "y"));
  const files: string[] = ["main.ts", "util.js", "README.md", "test.ts", "ts.txt"];
  for (const f of files) {
    let kind = "other";
    if (f.endsWith(".ts")) kind = "typescript";
    else if (f.endsWith(".js")) kind = "javascript";
    else if (f.startsWith("README")) kind = "readme";
    console.log(f + ": " + kind);
  }
  const csv = "name=ann;age=31;city=oslo";
  let pos = 0;
  while (pos < csv.length) {
    let end = csv.indexOf(";", pos);
    if (end === -1) end = csv.length;
    const pair = csv.slice(pos, end);
    const eq = pair.indexOf("=");
    console.log(pair.slice(0, eq) + " -> " + pair.slice(eq + 1));
    pos = end + 1;
  }
  console.log("abcabc".indexOf("c", 3));
  console.log("abcabc".indexOf("c", 6));
  console.log("abc".includes(""));
  console.log("ab".indexOf("abc"));
  return 0;
}
