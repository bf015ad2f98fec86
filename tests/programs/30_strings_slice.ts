// slice and substring with positive, negative, swapped and out-of-range indices.
export function main(argv: string[]): number {
  const s = "abcdefghij";
  console.log(s.slice(2));
  console.log(s.slice(2, 5));
  console.log(s.slice(-3));
  console.log(s.slice(-5, -2));
  console.log(s.slice(3, -3));
  console.log("[" + s.slice(5, 2) + "]");
  console.log(s.slice(0, 100));
  console.log(s.slice(-100, 3));
  console.log("[" + s.slice(10) + "]");
  console.log(s.substring(2));
  console.log(s.substring(2, 5));
  console.log(s.substring(5, 2));
  console.log(s.substring(-3, 2));
  console.log(s.substring(7, 100));
  console.log("[" + s.substring(4, 4) + "]");
  const path = "/usr/local/lib/node.ts";
  const lastSlash = path.lastIndexOf("/");
  console.log(path.slice(lastSlash + 1));
  console.log(path.slice(0, lastSlash));
  const dot = path.lastIndexOf(".");
  console.log(path.slice(dot));
  console.log(path.slice(lastSlash + 1, dot));
  // all substrings of length 3
  const word = "banana";
  let subs = "";
  for (let i = 0; i + 3 <= word.length; i++) subs += word.slice(i, i + 3) + " ";
  console.log(subs);
  // rotate
  for (let k = 0; k < 4; k++) {
    console.log(word.slice(k) + word.slice(0, k));
  }
  // remove characters by slicing
  let t = "x1y2z3";
  while (t.length > 0) {
    console.log(t);
    t = t.slice(2);
  }
  // palindrome check using slices
  const cands: string[] = ["level", "lever", "a", "abba", "abca"];
  for (const c of cands) {
    let ok = true;
    let u = c;
    while (u.length > 1) {
      if (u[0] !== u[u.length - 1]) {
        ok = false;
        break;
      }
      u = u.slice(1, -1);
    }
    console.log(c + " " + ok);
  }
  const longStr = "0123456789".repeat(10);
  console.log(longStr.slice(45, 55));
  console.log(longStr.substring(95).length);
  return 0;
}
