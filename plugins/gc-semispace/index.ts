// The semispace GC plugin: a precise, moving (Cheney copying) collector
// written in RTS (semispace.ts), translated and linked by the backend.
// Roots are found with a shadow stack: the GC transform saves the live GC
// pointers around every operation that can collect.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { findShadowStackRoots } from "../../framework/transforms/shadowstack.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export class SemispaceGcPlugin implements Plugin {
  readonly name = "gc-semispace";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.gcTransform.tap(this.name, (ctx) => {
      for (const g of ctx.graphs) findShadowStackRoots(g, ctx.gcRoots);
      ctx.gcModule = path.join(HERE, "semispace.ts");
    });
  }
}
