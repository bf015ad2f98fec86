// The generational GC plugin (the default): a nursery with promotion into a
// mark-sweep old generation, a write barrier with a remembered set and card
// marking for large arrays.  The collector is RTS code (generational.ts),
// translated and linked by the backend.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { RtsGcPlugin } from "../gc-common/plugin.ts";

export class GenerationalGcPlugin extends RtsGcPlugin {
  constructor() {
    super("gc-generational", "generational", "nursery + mark-sweep old generation, card marking",
      // (prebuilt objects start old and tracked: TRACK_YOUNG, generational.ts's flag 4)
      path.join(path.dirname(fileURLToPath(import.meta.url)), "generational.ts"), true, true, 4);
  }
}
