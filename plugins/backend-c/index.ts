// The C backend plugin: emits C for the low-level graphs and compiles it
// with the target's C compiler.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { compileC, generateC } from "./genc.ts";

export class CBackendPlugin implements Plugin {
  readonly name = "backend-c";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.backend.tapPromise(this.name, async (ctx) => {
      const target = ctx.target;
      const source = await toolchain.timed(ctx, "emit C", () => toolchain.hooks.emitC.call(generateC(ctx.rtyper, ctx.main, ctx.gcRoots), ctx));
      ctx.cSource = source;
      const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "rts-build-"));
      await toolchain.timed(ctx, "compile C", () =>
        compileC(source, {
          cc: target.cc,
          cflags: [`-O${ctx.options.opt}`, "-fwrapv", "-fno-strict-aliasing", "-ffp-contract=off", "-std=gnu11", "-w", ...target.cflags],
          ldflags: target.ldflags,
          extraSources: ctx.gcSources,
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
