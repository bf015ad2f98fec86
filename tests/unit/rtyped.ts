// A program's rtyped low-level graphs, by function name, before any
// transform (the frontend, annotator and rtyper run in-process on `src`
// written to a fresh temporary file), or the whole lowered program.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Frontend } from "../../framework/frontend/frontend.ts";
import { Annotator } from "../../framework/annotator/annotator.ts";
import { RTyper } from "../../framework/rtyper/rtyper.ts";
import type { FunctionGraph } from "../../framework/flow/model.ts";
import type { LoweredProgram } from "../../framework/translator/program.ts";
import { makeToolchain, pipelineOptions } from "../../framework/cli/commands.ts";
import { BUILTINS } from "../../plugins/builtin.ts";

/** Writes `src` to a new temporary prog.ts and returns its path. */
export function programFile(src: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rts-unit-")), "prog.ts");
  fs.writeFileSync(file, src);
  return file;
}

export function rtypedGraphs(file: string): Map<string, FunctionGraph> {
  const fe = new Frontend(file);
  const an = new Annotator(fe);
  an.annotateMain(fe.findMain()!);
  new RTyper(an).specialize();
  return new Map(an.graphs.map((g) => [g.name, g]));
}

/** The program in `file` through the whole pipeline up to the backend, with the built-in plugins and defaults. */
export function loweredProgram(file: string, opt: number, gc?: string): Promise<LoweredProgram> {
  const tc = makeToolchain(BUILTINS, []);
  return tc.lower(pipelineOptions(tc, BUILTINS, file, { opt, gc }));
}
