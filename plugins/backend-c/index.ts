// The C backend plugin: emits C for the low-level graphs and compiles it
// with the target's C compiler.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { compileC, generateC, generateGcC } from "./genc.ts";
import { GC_ENTRY_POINTS, translateLibrary } from "../../framework/translator/library.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";

export class CBackendPlugin implements Plugin {
  readonly name = "backend-c";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.backend.tapPromise(this.name, async (ctx) => {
      const target = ctx.target;
      const source = await toolchain.timed(ctx, "emit C", () => toolchain.hooks.emitC.call(generateC(ctx.rtyper, ctx.main, ctx.gcRoots, ctx.options.gcTorture ?? 0), ctx));
      const gcSources = [...ctx.gcSources];
      if (ctx.gcModule) gcSources.push(await toolchain.timed(ctx, "translate GC", () => gcCFile(ctx.gcModule!, ctx.options.opt)));
      ctx.cSource = source;
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "rts-build-"));
      await toolchain.timed(ctx, "compile C", () =>
        compileC(source, {
          cc: target.cc,
          cflags: [`-O${ctx.options.opt}`, "-fwrapv", "-fno-strict-aliasing", "-ffp-contract=off", "-std=gnu11", "-w", ...target.cflags],
          ldflags: target.ldflags,
          extraSources: gcSources,
          output: ctx.options.output,
          workDir,
        }),
      );
      if (ctx.options.keepC) fs.copyFileSync(path.join(workDir, "program.c"), ctx.options.output + ".c");
      fs.rmSync(workDir, { recursive: true, force: true });
      return ctx.options.output;
    });
  }
}

/**
 * The C file of a GC module, translated once per (module, toolkit sources,
 * optimization level) and cached beside the runtime objects.
 */
export async function gcCFile(module: string, opt: number): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`${opt}\0${module}\0`);
  hash.update(fs.readFileSync(module));
  for (const dir of ["framework", "plugins"]) {
    for (const f of (fs.readdirSync(path.join(TOOLKIT_ROOT, dir), { recursive: true }) as string[]).sort()) {
      if (f.endsWith(".ts")) hash.update(fs.readFileSync(path.join(TOOLKIT_ROOT, dir, f)));
    }
  }
  const dir = path.join(os.tmpdir(), "rts-cache");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(module, ".ts")}-${hash.digest("hex").slice(0, 16)}.c`);
  if (!fs.existsSync(file)) {
    const lib = await translateLibrary(module, GC_ENTRY_POINTS, opt);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, generateGcC(lib));
    fs.renameSync(tmp, file);
  }
  return file;
}
