// Runs the codewriter on each program file given and prints, as JSON, each
// program's portals and every jitcode as text (or the error).  A process of
// its own: the Load stage's module hooks need Node's loader (codewriter.test.ts).
import * as path from "node:path";
import { makeToolchain, pipelineOptions } from "../../framework/cli/commands.ts";
import { BUILTINS } from "../../plugins/builtin.ts";
import { Effects } from "../../framework/transforms/effects.ts";
import { writeProgramJitCodes, type JitProgram } from "../../framework/jit/codewriter/codewriter.ts";
import { formatJitCode } from "../../framework/jit/codewriter/format.ts";
import { RtsError } from "../../framework/diagnostics/diagnostic.ts";

const out: Record<string, unknown> = {};
// each argument: FILE or FILE@OPT (the optimisation level, 2 by default)
for (const arg of process.argv.slice(2)) {
  const [file, opt] = arg.includes("@") ? [arg.slice(0, arg.lastIndexOf("@")), Number(arg.slice(arg.lastIndexOf("@") + 1))] : [arg, 2];
  const tc = makeToolchain(BUILTINS, []);
  let jp: JitProgram | null = null;
  tc.hooks.transformed.tap("test", (t, p) => {
    if (t === "stackcheck") jp = writeProgramJitCodes(p, (graphs) => new Effects(graphs));
  });
  try {
    await tc.lower(pipelineOptions(tc, BUILTINS, path.resolve(file), { opt }));
    const got = jp! as JitProgram;
    out[file] = {
      portals: got.portals.map((p) => p.jitcode.name),
      // (jitcodes of one name — a split portal and its prologue — the last is NAME, an earlier NAME#first)
      jitcodes: Object.fromEntries(got.jitcodes.map((j, n) => [got.jitcodes.slice(n + 1).some((o) => o.name === j.name) ? `${j.name}#first` : j.name, formatJitCode(j, got.descrs)])),
    };
  } catch (e) {
    out[file] = { error: e instanceof RtsError ? e.message : String((e as Error).stack) };
  }
}
console.log(JSON.stringify(out));
