// A development driver: prints the tokens of a Python file as CPython's
// `python3 -m tokenize` prints them (without comments and blank-line NL
// tokens), or the SyntaxError.  `rts run languages/python/tokens.ts FILE.py`
// or translated.
import { readFile } from "rts/rlib/os";
import { PySyntaxError, tokenize } from "./tokenizer.ts";

export function main(argv: string[]): number {
  const src = argv.length > 1 ? readFile(argv[1]) : null;
  if (src === null) {
    console.log("usage: tokens FILE.py");
    return 2;
  }
  try {
    for (const t of tokenize(src)) console.log(`${t.line},${t.col}-${t.endLine},${t.endCol}:`.padEnd(20) + t.kind.padEnd(15) + JSON.stringify(t.text));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    console.log(`  File "${argv[1]}", line ${e.line}\n${e.kind}: ${e.message}`);
    return 1;
  }
  return 0;
}
