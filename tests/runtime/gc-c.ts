// Prints the path of the C file translated from a GC plugin's RTS module
// (cached), for tests/runtime/run.sh: `node --import tsx tests/runtime/gc-c.ts semispace`.
import * as path from "node:path";
import { gcCFile } from "../../plugins/backend-c/index.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";
import { register } from "node:module";

register("../../framework/cli/loader-hooks.mjs", import.meta.url);
const name = process.argv[2] ?? "semispace";
const module = path.join(TOOLKIT_ROOT, `plugins/gc-${name}/${name}.ts`);
console.log(await gcCFile(module, 2));
