// The shape shared by GC plugins whose collector is an RTS module: roots on
// the shadow stack (the GC transform puts the saving and reloading of live
// pointers around each operation that can collect into the graphs), and the
// module the backend translates and links.
import { insertShadowStackRoots, insertWriteBarriers, splitAllocationFastPaths, type Plugin, type Toolchain } from "rts/plugin";

export class RtsGcPlugin implements Plugin {
  constructor(
    /** The plugin's name (gc-NAME). */
    readonly name: string,
    /** The GC's name, what --gc selects. */
    private readonly gc: string,
    private readonly description: string,
    /** The collector: an RTS module against rts/ll (docs/gc.md lists its exports). */
    private readonly module: string,
    /** Whether pointer stores into objects need the collector's write barrier (a generational GC). */
    private readonly barriers: boolean,
    /** Whether generated code bumps the nursery itself (the collector exports gcBumpCell). */
    private readonly bumpAllocation: boolean,
    /** The collector's header flags of a prebuilt object that may hold pointers (GcLowering.prebuiltFlags). */
    private readonly prebuiltFlags = 0,
  ) {}

  apply(toolchain: Toolchain): void {
    toolchain.registerGc({
      name: this.gc,
      description: this.description,
      lower: (program) => {
        let rootedOperations = 0;
        for (const g of program.graphs) {
          if (this.barriers) insertWriteBarriers(g);
          if (this.bumpAllocation) splitAllocationFastPaths(g, program.effects);
          rootedOperations += insertShadowStackRoots(g, program.effects);
        }
        return { gc: this.gc, rootedOperations, module: this.module, cSources: [], prebuiltFlags: this.prebuiltFlags };
      },
    });
  }
}
