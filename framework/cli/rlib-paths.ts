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
  "rts/rlib/builtins": path.join(TOOLKIT_ROOT, "framework/rlib/builtins.ts"),
  "rts/rlib/fdlibm": path.join(TOOLKIT_ROOT, "framework/rlib/fdlibm.ts"),
  "rts/rlib/fdlibm-trig": path.join(TOOLKIT_ROOT, "framework/rlib/fdlibm-trig.ts"),
  "rts/rlib/formatd": path.join(TOOLKIT_ROOT, "framework/rlib/formatd.ts"), // behind rts/rlib formatd
};

/**
 * The toolkit's modules written in RTS that translated programs call into
 * (library members implemented as RTS code): translated with the program,
 * so the Load stage runs their module-level code too (their tables).
 */
export const RTS_CODE_MODULES = ["rts/rlib/arrays", "rts/rlib/builtins", "rts/rlib/fdlibm", "rts/rlib/fdlibm-trig"];
