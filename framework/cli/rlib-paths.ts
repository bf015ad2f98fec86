// Where the `rts/...` modules live.  The one map is package.json's
// "exports" (also read by the module hooks of ts-hooks.mjs, vitest.config.ts
// and, through package self-reference, tsc): here it serves the type
// checker of RTS programs (ts-morph `paths`) and the Load stage.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const TOOLKIT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every `rts/...` specifier the toolkit exports, with its file. */
export const TOOLKIT_MODULES: Record<string, string> = Object.fromEntries(
  Object.entries((JSON.parse(fs.readFileSync(path.join(TOOLKIT_ROOT, "package.json"), "utf8")) as { exports: Record<string, string> }).exports).map(
    ([sub, file]) => [`rts/${sub.replace(/^\.\//, "")}`, path.join(TOOLKIT_ROOT, file)],
  ),
);

/** The folder of the rts/rlib, rts/ll... modules (the toolkit's RTS helpers among them), with a trailing separator. */
export const RLIB_DIR = path.join(TOOLKIT_ROOT, "framework", "rlib") + path.sep;

/** The library modules RTS programs import (rts/rlib, rts/ll, rts/jit...): not the plugin API. */
export const RLIB_MODULES: Record<string, string> = Object.fromEntries(Object.entries(TOOLKIT_MODULES).filter(([, file]) => file.startsWith(RLIB_DIR)));

/**
 * The toolkit's modules written in RTS that translated programs call into
 * (library members implemented as RTS code): translated with the program,
 * so the Load stage runs their module-level code too (their tables).
 */
export const RTS_CODE_MODULES = ["rts/rlib/arrays", "rts/rlib/iteration", "rts/rlib/dicts", "rts/rlib/json", "rts/rlib/json-parse", "rts/rlib/values", "rts/rlib/regex", "rts/rlib/regex/replacers", "rts/rlib/lists", "rts/rlib/maps", "rts/rlib/strings", "rts/rlib/builtins", "rts/rlib/fdlibm", "rts/rlib/fdlibm-trig"];

const JIT_DIRS = [path.join(TOOLKIT_ROOT, "framework", "jit") + path.sep, path.join(TOOLKIT_ROOT, "plugins", "jit")];

/**
 * How the same a source file's code is from one translated program to the
 * next: 0 for the JIT runtime and its backends (every --jit program has all
 * of it), 1 for the rest of the toolkit (rts/rlib: each program some of it),
 * 2 for the program's own.  Classes get type ids and the C backend cuts
 * translation units in this order, so the first two's C — and the C
 * compiler's cached objects of it — is shared between programs.
 */
export function sourceRank(file: string): 0 | 1 | 2 {
  if (JIT_DIRS.some((d) => file.startsWith(d))) return 0;
  return file.startsWith(TOOLKIT_ROOT + path.sep) && !/[\\/](languages|examples|tests)[\\/]/.test(file.slice(TOOLKIT_ROOT.length)) ? 1 : 2;
}
