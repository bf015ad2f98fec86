// The shape shared by GC plugins whose collector is an RTS module: roots on
// the shadow stack (the C backend saves live pointers around each operation
// that can collect), and the module the backend translates and links.
import type { Plugin, Toolchain } from "../../framework/translator/toolchain.ts";
import { findShadowStackRoots } from "../../framework/transforms/shadowstack.ts";

export class RtsGcPlugin implements Plugin {
  constructor(
    readonly name: string,
    /** The collector: an RTS module against rts/ll (docs/gc.md lists its exports). */
    private readonly module: string,
  ) {}

  apply(toolchain: Toolchain): void {
    toolchain.hooks.gcTransform.tap(this.name, (ctx) => {
      for (const g of ctx.graphs) findShadowStackRoots(g, ctx.gcRoots, ctx.effects);
      ctx.gcModule = this.module;
    });
  }
}
