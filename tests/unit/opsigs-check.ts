// Run by opsigs.test.ts in a plain Node process (the Load stage's module
// hooks do not work under vitest): lowers the programs named on the command
// line at each --opt level given in OPT_LEVELS, and the GCs, and prints every
// operation that does not match its signature in the op table, one per line.
import * as path from "node:path";
import type { FunctionGraph } from "../../framework/flow/model.ts";
import { heapEffects, signatureMismatch } from "../../framework/ops/signatures.ts";
import { GC_ENTRY_POINTS, translateLibrary } from "../../framework/translator/library.ts";
import { makeToolchain, pipelineOptions } from "../../framework/cli/commands.ts";
import { BUILTINS } from "../../plugins/builtin.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const bad = new Set<string>();
let ops = 0;

function check(graphs: readonly FunctionGraph[], where: string): void {
  for (const g of graphs) {
    for (const [, op] of g.operations()) {
      ops++;
      const why = signatureMismatch(op);
      if (why) bad.add(`${op.opname} in ${g.name} (${where}): ${why}`);
      heapEffects(op); // names every location it touches (throws on an unexpected operand)
    }
  }
}

const tc = makeToolchain(BUILTINS, []);
for (const opt of (process.env.OPT_LEVELS ?? "0,2").split(",").map(Number)) {
  for (const file of process.argv.slice(2)) {
    const program = await tc.lower(pipelineOptions(tc, BUILTINS, file, { opt }));
    check(program.graphs, `${path.relative(ROOT, file)} --opt ${opt}`);
  }
}
for (const gc of ["generational", "semispace"]) {
  const lib = await translateLibrary(path.join(ROOT, `plugins/gc-${gc}/${gc}.ts`), GC_ENTRY_POINTS, 2);
  check(lib.rtyper.an.graphs, `gc-${gc}`);
}
for (const b of bad) process.stdout.write(b + "\n");
process.stderr.write(`${ops} operations checked, ${bad.size} mismatches\n`);
