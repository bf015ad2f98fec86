// The public plugin API, imported as `rts/plugin` (package.json "exports"):
// what a plugin — a user's, or a built-in GC, target or backend — may use.
//
//   import type { Plugin, Toolchain } from "rts/plugin";
//   export class MyPlugin implements Plugin {
//     readonly name = "my-plugin";
//     apply(toolchain: Toolchain): void {
//       toolchain.hooks.rtyped.tap(this.name, (program) => { ... });
//     }
//   }
export { Toolchain, type Plugin, type StageListener } from "./translator/toolchain.ts";
export type {
  TranslateOptions,
  AnalysisRequest,
  LoadedProgram,
  AnnotatedProgram,
  RTypedProgram,
  TransformedProgram,
  LoweredProgram,
  GcLowering,
  BuildRequest,
} from "./translator/program.ts";
export { Registry, UnknownRegistrationError, type GcDefinition, type BackendDefinition, type Builtins } from "./translator/registry.ts";
export { hasTool, type Target } from "./translator/target.ts";
// the low-level graphs the hooks expose
export { FunctionGraph, Block, Link, SpaceOperation, Variable, Constant, CAN_RAISE, EXC_CASE, DEFAULT_CASE, type Value } from "./flow/model.ts";
export { OPS, opInfo } from "./ops/index.ts";
// for GC plugins: the shadow-stack root finding the built-in GCs use
export { findShadowStackRoots, insertShadowStackRoots, type GcRoots } from "./transforms/shadowstack.ts";
export { insertWriteBarriers } from "./transforms/barriers.ts";
export { splitAllocationFastPaths } from "./transforms/mallocfast.ts";
