// The Python front end's test driver (an RTS program, run untranslated and
// translated by tests/python/parser.test.ts): for each line of FILE, a JSON
// string of Python source, prints `ast.dump` of it parsed in eval mode, or
// its SyntaxError.
import { readFile } from "rts/rlib/os";
import { parseExpression } from "../../languages/python/parser.ts";
import { dumpExpr } from "../../languages/python/ast.ts";
import { PySyntaxError } from "../../languages/python/tokenizer.ts";

export function main(argv: string[]): number {
  const text = argv.length > 1 ? readFile(argv[1]) : null;
  if (text === null) return 2;
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const src = JSON.parse(line) as string;
    try {
      console.log(dumpExpr(parseExpression(src)));
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      console.log(`${e.kind}: ${e.message} (${e.line}, ${e.col})`);
    }
  }
  return 0;
}
