// Where the `rts/...` library modules live, for the type checker (ts-morph
// `paths`) and for the module hooks of `rts run`.
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const TOOLKIT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const RLIB_MODULES: Record<string, string> = {
  "rts/rlib": path.join(TOOLKIT_ROOT, "framework/rlib/index.ts"),
  "rts/rlib/os": path.join(TOOLKIT_ROOT, "framework/rlib/os.ts"),
  "rts/jit": path.join(TOOLKIT_ROOT, "framework/rlib/jit.ts"),
  "rts/ll": path.join(TOOLKIT_ROOT, "framework/rlib/ll.ts"),
  "rts/rlib/arrays": path.join(TOOLKIT_ROOT, "framework/rlib/arrays.ts"),
  "rts/rlib/formatd": path.join(TOOLKIT_ROOT, "framework/rlib/formatd.ts"), // behind rts/rlib formatd
};
