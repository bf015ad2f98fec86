// A config whose plugins replace built-ins by registering their names: the
// backend "c" is wrapped (it logs each build and marks the C source through
// the C backend's own emitC hook), and the semispace GC is registered again
// under a new name that the config selects.
import * as path from "node:path";
import type { Plugin, Toolchain } from "rts/plugin";
import { CBackendPlugin } from "../../plugins/backend-c/index.ts";

class LoggingBackendPlugin implements Plugin {
  readonly name = "logging-backend";
  apply(toolchain: Toolchain): void {
    const c = toolchain.backends.get("c"); // the built-in plugins are applied first
    toolchain.registerBackend({
      name: "c",
      description: "the C backend, logging each build",
      build: (request, tc) => {
        process.stderr.write(`building ${path.basename(request.output)} for ${request.target.name} with GC ${request.program.options.gc}\n`);
        return c.build(request, tc);
      },
    });
    CBackendPlugin.hooksOf(toolchain).emitC.tap(this.name, (units) => {
      units[units.length - 1].text += "\n/* seen by logging-backend */\n";
      return units;
    });
  }
}

class CopyingGcPlugin implements Plugin {
  readonly name = "gc-copying";
  apply(toolchain: Toolchain): void {
    toolchain.registerGc({ ...toolchain.gcs.get("semispace"), name: "copying", description: "the semispace GC under another name" });
  }
}

export default { plugins: [new LoggingBackendPlugin(), new CopyingGcPlugin()], gc: "copying" };
