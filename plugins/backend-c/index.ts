// The C backend plugin: emits C for the low-level graphs and compiles it
// with the target's C compiler.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { compileC, generateC, generateGcC } from "./genc.ts";
import { GC_ENTRY_POINTS, translateLibrary } from "../../framework/translator/library.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";
import { cachedFile, contentHash } from "../../framework/translator/cache.ts";

export class CBackendPlugin implements Plugin {
  readonly name = "backend-c";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.backend.tapPromise(this.name, async (ctx) => {
      const target = ctx.target;
      const source = await toolchain.timed(ctx, "emit C", () => toolchain.hooks.emitC.call(generateC(ctx.rtyper, ctx.main, ctx.gcRoots, ctx.options.gcTorture ?? 0), ctx));
      const gcSources = [...ctx.gcSources];
      if (ctx.gcModule) gcSources.push(await toolchain.timed(ctx, "translate GC", () => gcCFile(ctx.gcModule!, ctx.options.opt)));
      ctx.cSource = source;
      await toolchain.timed(ctx, "compile C", () =>
        compileC(source, {
          cc: target.cc,
          cflags: [`-O${ctx.options.opt}`, "-fwrapv", "-fno-strict-aliasing", "-ffp-contract=off", "-std=gnu11", "-w", ...target.cflags],
          ldflags: target.ldflags,
          extraSources: gcSources,
          output: ctx.options.output,
          keepC: ctx.options.keepC ? ctx.options.output + ".c" : undefined,
        }),
      );
      return ctx.options.output;
    });
  }
}

/**
 * The C file of a GC module, translated once per (module, toolkit sources,
 * optimization level) and cached beside the runtime objects.
 */
export async function gcCFile(module: string, opt: number): Promise<string> {
  const parts: (string | Buffer)[] = [String(opt), module, fs.readFileSync(module)];
  for (const dir of ["framework", "plugins"]) {
    for (const f of (fs.readdirSync(path.join(TOOLKIT_ROOT, dir), { recursive: true }) as string[]).sort()) {
      if (f.endsWith(".ts")) parts.push(fs.readFileSync(path.join(TOOLKIT_ROOT, dir, f)));
    }
  }
  return cachedFile(`${path.basename(module, ".ts")}-${contentHash(...parts)}.c`, async (tmp) => {
    const lib = await translateLibrary(module, GC_ENTRY_POINTS, opt);
    fs.writeFileSync(tmp, generateGcC(lib));
  });
}
