// The semispace GC plugin: a precise, moving (Cheney copying) collector
// written in RTS (semispace.ts), translated and linked by the backend.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { RtsGcPlugin } from "../gc-common/plugin.ts";

export class SemispaceGcPlugin extends RtsGcPlugin {
  constructor() {
    super("gc-semispace", "semispace", "Cheney copying collector, two spaces",
      path.join(path.dirname(fileURLToPath(import.meta.url)), "semispace.ts"), false, false);
  }
}
