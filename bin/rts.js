#!/usr/bin/env node
// The `rts` command.  The toolkit is written in TypeScript and runs from
// source through tsx; `rts/...` imports of user programs resolve to the toolkit.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
register("../framework/cli/loader-hooks.mjs", import.meta.url);
const { runCli } = await import("../framework/cli/main.ts");
await runCli(process.argv.slice(2));
