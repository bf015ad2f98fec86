// The generational GC plugin (the default): a nursery with promotion into a
// mark-sweep old generation, a write barrier with a remembered set and card
// marking for large arrays.  The collector is RTS code (generational.ts),
// translated and linked by the backend; roots come from the shadow stack.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { findShadowStackRoots } from "../../framework/transforms/shadowstack.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export class GenerationalGcPlugin implements Plugin {
  readonly name = "gc-generational";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.gcTransform.tap(this.name, (ctx) => {
      for (const g of ctx.graphs) findShadowStackRoots(g, ctx.gcRoots);
      ctx.gcModule = path.join(HERE, "generational.ts");
    });
  }
}
