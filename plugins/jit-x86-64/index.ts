// The x86-64 machine-code backend of the JIT as a plugin: with --jit it adds
// its module (native.ts, RTS code) to the program, whose init-time code
// registers the backend with the JIT runtime; on an x86-64 machine the JIT
// then compiles traces to machine code.  (The module is in every program
// translated with --jit: one lowering serves every target, and elsewhere
// the runtime simply finds no backend for the machine.)
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin, Toolchain } from "rts/plugin";

const NATIVE_MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), "native.ts");

export class JitX86Plugin implements Plugin {
  readonly name = "jit-x86-64";
  apply(toolchain: Toolchain): void {
    toolchain.hooks.analysing.tap(this.name, (request) => {
      if (request.options.jit) request.roots.push({ module: NATIVE_MODULE, name: "x86AnnotationRoot" });
    });
  }
}
