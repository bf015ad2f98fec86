// The Python front end's test driver (an RTS program, run untranslated and
// translated by tests/python/parser.test.ts): for each line of FILE, a JSON
// string of Python source, prints `ast.dump` of it parsed in eval mode, or
// its SyntaxError; with `--module FILE...`, the dump of each file's module;
// with `--positions FILE...`, each module's node positions (dumpPositions).
import { readFile } from "rts/rlib/os";
import { parseExpression } from "../../languages/python/parser.ts";
import { dumpExpr, dumpModule, dumpPositions } from "../../languages/python/ast.ts";
import { parseModule } from "../../languages/python/statements.ts";
import { PySyntaxError } from "../../languages/python/tokenizer.ts";

/** Prints what `dump` gives, or the SyntaxError it raised. */
function show(dump: () => string): void {
  try {
    console.log(dump());
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    console.log(`${e.kind}: ${e.message} (${e.line}, ${e.col})`);
  }
}

export function main(argv: string[]): number {
  const module = argv[1] === "--module";
  const positions = argv[1] === "--positions";
  const files = module || positions ? argv.slice(2) : argv.slice(1, 2);
  for (const file of files) {
    const text = readFile(file);
    if (text === null) return 2;
    if (module || positions) {
      show(() => (module ? dumpModule(parseModule(text)) : dumpPositions(parseModule(text))));
      continue;
    }
    for (const line of text.split("\n")) if (line !== "") show(() => dumpExpr(parseExpression(JSON.parse(line) as string)));
  }
  return 0;
}
