// The shape shared by GC plugins whose collector is an RTS module: roots on
// the shadow stack (the C backend saves live pointers around each operation
// that can collect), and the module the backend translates and links.
import { findShadowStackRoots, type GcRoots, type Plugin, type Toolchain } from "rts/plugin";

export class RtsGcPlugin implements Plugin {
  constructor(
    /** The plugin's name (gc-NAME). */
    readonly name: string,
    /** The GC's name, what --gc selects. */
    private readonly gc: string,
    private readonly description: string,
    /** The collector: an RTS module against rts/ll (docs/gc.md lists its exports). */
    private readonly module: string,
  ) {}

  apply(toolchain: Toolchain): void {
    toolchain.registerGc({
      name: this.gc,
      description: this.description,
      lower: (program) => {
        const roots: GcRoots = new Map();
        for (const g of program.graphs) findShadowStackRoots(g, roots, program.effects);
        return { gc: this.gc, roots, module: this.module, cSources: [] };
      },
    });
  }
}
