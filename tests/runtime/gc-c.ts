// Prints the path of the C file translated from a GC plugin's RTS module
// (cached), for tests/runtime/run.sh: `node --import ./framework/cli/register.mjs tests/runtime/gc-c.ts semispace`.
import * as path from "node:path";
import { gcCFile } from "../../plugins/backend-c/index.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";

const name = process.argv[2] ?? "semispace";
const module = path.join(TOOLKIT_ROOT, `plugins/gc-${name}/${name}.ts`);
console.log(await gcCFile(module, 2));
