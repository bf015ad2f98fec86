#!/usr/bin/env node
// The `rts` command.  The toolkit is written in TypeScript and runs from
// source (framework/cli/ts-hooks.mjs compiles it with esbuild as it loads);
// `rts/...` imports of user programs resolve to the toolkit.
import "../framework/cli/register.mjs";

const { runCli } = await import("../framework/cli/main.ts");
const { BUILTINS } = await import("../plugins/builtin.ts"); // the composition root
await runCli(process.argv.slice(2), BUILTINS);
