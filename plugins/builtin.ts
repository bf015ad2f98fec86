// The composition root (webpack's WebpackOptionsApply): the one module that
// names the built-in plugins and the defaults among what they register.
// bin/rts.js hands it to the CLI; no pipeline stage imports a plugin.
import type { Builtins } from "rts/plugin";
import { X86_64TargetPlugin } from "./target-x86-64/index.ts";
import { AArch64TargetPlugin } from "./target-aarch64/index.ts";
import { GenerationalGcPlugin } from "./gc-generational/index.ts";
import { SemispaceGcPlugin } from "./gc-semispace/index.ts";
import { CBackendPlugin } from "./backend-c/index.ts";
import { JitPlugin } from "./jit/index.ts";
import { JitX86Plugin } from "./jit-x86-64/index.ts";

export const BUILTINS: Builtins = {
  plugins: () => [new X86_64TargetPlugin(), new AArch64TargetPlugin(), new GenerationalGcPlugin(), new SemispaceGcPlugin(), new CBackendPlugin(), new JitPlugin(), new JitX86Plugin()],
  gc: "generational",
  backend: "c",
};
