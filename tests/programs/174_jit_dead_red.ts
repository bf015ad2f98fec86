// Reds that are dead where the loop's merge point is: each round assigns
// them before it reads them (a string, a float, an int, an object).  The
// translated portal passes every red to the JIT where a back edge enters
// it; for a red not live there it passes a placeholder (the value is never
// read).  (`rts translate --jit` died with "internal: canEnterJit in
// run_portal does not name text" on such a loop.)  The output is the same
// untranslated, translated and under the JIT.
// jit-summary: loops > 0
import { JitDriver } from "rts/jit";

class Note {
  constructor(readonly text: string) {}
}

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "acc", "text", "ratio", "last", "note"] });

function run(n: number): string {
  const k = 0;
  let i = 0;
  let acc = 0;
  let text = "";
  let ratio = 0.0;
  let last = 0;
  let note = new Note("start");
  while (i < n) {
    driver.jitMergePoint({ k, i, n, acc, text, ratio, last, note });
    text = String(i % 10) + "-" + String(i % 3);
    ratio = i / 8;
    last = i * 3;
    note = new Note(text);
    acc = (acc + text.length + Math.floor(ratio) + last + note.text.length) % 1000003;
    i++;
    driver.canEnterJit({ k, i, n, acc, text, ratio, last, note });
  }
  return `${acc} ${text} ${ratio} ${last} ${note.text}`;
}

export function main(argv: string[]): number {
  for (const n of [0, 5, 200, 3000]) console.log(`${n}: ${run(n + argv.length)}`);
  return 0;
}
