// Mutation fuzzing of `rts check`: programs of the corpus with one token
// deleted (a missing operand, paren, keyword, argument...) must be accepted or
// rejected with located errors — never crash the toolchain (exit status 3,
// "internal error").  RTS_MUTANTS=N runs more (the long run in the notes).
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { QUICK, checkInWorker, corpus, tmpDir } from "./harness.ts";

const dir = tmpDir("mutants");
const MUTANTS = Number(process.env.RTS_MUTANTS ?? (QUICK ? 30 : 240));

/** Programs whose module-level code is only declarations (a mutant must not loop at load time). */
const bases = corpus()
  .map((p) => ({ name: p.name, text: fs.readFileSync(p.file, "utf8") }))
  .filter(({ text }) => {
    const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.ES2022, true);
    return sf.statements.every((s) => ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s) || ts.isImportDeclaration(s) || ts.isEnumDeclaration(s) ||
      (ts.isVariableStatement(s) && s.declarationList.declarations.every((d) => !d.initializer || !ts.isCallExpression(d.initializer))));
  });

/** The [start, end) of every token of a program. */
function tokens(text: string): [number, number][] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const out: [number, number][] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
  return out;
}

const mutant = fc.tuple(fc.nat({ max: bases.length - 1 }), fc.nat());

describe("mutation fuzzing of rts check", () => {
  it(`${MUTANTS} programs with one token deleted never crash the toolchain`, async () => {
    const crashes: string[] = [];
    let n = 0;
    for (const [b, at] of fc.sample(mutant, { numRuns: MUTANTS, seed: 20261201 })) {
      const base = bases[b];
      const toks = tokens(base.text);
      const [s, e] = toks[at % toks.length];
      const file = path.join(dir, `${base.name}-m${n++}.ts`);
      fs.writeFileSync(file, base.text.slice(0, s) + base.text.slice(e));
      const r = await checkInWorker(file);
      if (r.status > 1 || /internal error/.test(r.stderr)) crashes.push(`${file} (deleted ${JSON.stringify(base.text.slice(s, e))} at ${s}): ${r.stderr.split("\n")[0]}`);
    }
    expect(crashes, `${crashes.length} of ${MUTANTS} mutants crashed rts check`).toEqual([]);
  });
});
