// The C backend plugin: registers the backend "c", which emits C for the
// low-level graphs and compiles it with the target's C compiler.  Its own
// hooks (CBackendPlugin.hooksOf) let other plugins rewrite the C source.
import * as fs from "node:fs";
import * as path from "node:path";
import { SyncWaterfallHook } from "tapable";
import type { BuildRequest, Plugin, Toolchain } from "rts/plugin";
import { compileC, generateC, generateGcC } from "./genc.ts";
import { defaultUnitBytes, type CUnit } from "./units.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { GC_ENTRY_POINTS, translateLibrary } from "../../framework/translator/library.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";
import { cachedFile, contentHash } from "../../framework/translator/cache.ts";

export interface CBackendHooks {
  /**
   * C functions the runtime calls by name if the program has them (main.c's
   * weak rts_report_hooks, rts.h's weak rts_jit_quasi_immut_fire): name →
   * the program's function the generated C function of that name calls
   * with its arguments.
   */
  exports: SyncWaterfallHook<[Map<string, LLFunction>, BuildRequest]>;
  /** The C translation units, before compilation (plugins may rewrite them or add units). */
  emitC: SyncWaterfallHook<[CUnit[], BuildRequest]>;
}

const hooksByToolchain = new WeakMap<Toolchain, CBackendHooks>();

export class CBackendPlugin implements Plugin {
  readonly name = "backend-c";

  /** The C backend's hooks on a toolchain (as webpack's per-compilation plugin hooks). */
  static hooksOf(toolchain: Toolchain): CBackendHooks {
    let hooks = hooksByToolchain.get(toolchain);
    if (!hooks) {
      hooks = Object.freeze({
        exports: new SyncWaterfallHook<[Map<string, LLFunction>, BuildRequest]>(["exports", "request"]),
        emitC: new SyncWaterfallHook<[CUnit[], BuildRequest]>(["units", "request"]),
      });
      hooksByToolchain.set(toolchain, hooks);
    }
    return hooks;
  }

  apply(toolchain: Toolchain): void {
    const hooks = CBackendPlugin.hooksOf(toolchain);
    toolchain.registerBackend({
      name: "c",
      description: "C through the target's C compiler (cc, aarch64-linux-gnu-gcc)",
      build: async (request) => {
        const { program, target, output } = request;
        const { options, gc } = program;
        const units = await toolchain.timed("emit C", () => {
          const exports = hooks.exports.call(new Map(), request);
          const generated = generateC(program.rtyper, program.main, { gcTorture: options.gcTorture ?? 0, wordSize: target.wordSize, unitBytes: defaultUnitBytes(), exports, prebuiltFlags: gc.prebuiltFlags ?? 0 });
          return hooks.emitC.call(generated, request);
        });
        const gcSources = [...gc.cSources];
        if (gc.module) gcSources.push(await toolchain.timed("translate GC", () => gcCFile(gc.module!, options.opt)));
        // (functions start at a 64-byte boundary: where a hot loop falls against the cache lines is then its function's
        // own doing, not of whatever code precedes it — the Python pidigits' limb loops took 1.04x or 1.22-1.29x
        // CPython's time between two builds whose only change was elsewhere; 0.3% more code)
        await toolchain.timed("compile C", () =>
          compileC(units, {
            cc: target.cc,
            cflags: [`-O${options.opt}`, ...(process.env.RTS_DEBUG_CFLAGS ? process.env.RTS_DEBUG_CFLAGS.split(" ") : []), "-fwrapv", "-fno-strict-aliasing", "-ffp-contract=off", "-falign-functions=64", "-std=gnu11", "-w", ...target.cflags],
            ldflags: target.ldflags,
            extraSources: gcSources,
            output,
            keepC: request.keepSource ? output + ".c" : undefined,
          }),
        );
        return output;
      },
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
