// Reading stdin line by line with readLine (null at end of input); sums, word counts, echo.
import { readLine } from "rts/rlib/os";

export function main(argv: string[]): number {
  let lines = 0;
  let chars = 0;
  let words = 0;
  let numberSum = 0;
  let longest = "";
  const seen = new Map<string, number>();
  let line = readLine();
  while (line !== null) {
    lines++;
    chars += line.length;
    const t = line.trim();
    if (t.length > 0) {
      for (const w of t.split(" ")) {
        if (w.length === 0) continue;
        words++;
        seen.set(w, (seen.get(w) ?? 0) + 1);
        let isNum = true;
        let v = 0;
        for (let i = 0; i < w.length; i++) {
          const d = w.charCodeAt(i) - 48;
          if (d < 0 || d > 9) isNum = false;
          else v = v * 10 + d;
        }
        if (isNum) numberSum += v;
      }
    }
    if (line.length > longest.length) longest = line;
    console.log(lines + "> " + line.toUpperCase());
    line = readLine();
  }
  console.log("lines " + lines);
  console.log("chars " + chars);
  console.log("words " + words);
  console.log("sum " + numberSum);
  console.log("longest [" + longest + "]");
  let repeated = "";
  for (const [w, c] of seen) {
    if (c > 1) repeated += w + "x" + c + " ";
  }
  console.log("repeated " + repeated);
  console.log(readLine() === null);
  return 0;
}
