// A config using the example plugin: rts translate PROGRAM.ts --config examples/plugins/rts.config.ts
import { OpCounterPlugin } from "./op-counter.ts";

export default {
  plugins: [new OpCounterPlugin({ top: 5 })],
};
