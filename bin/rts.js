#!/usr/bin/env node
// The `rts` command.  The toolkit is written in TypeScript and runs from
// source (framework/cli/ts-hooks.mjs compiles it with esbuild as it loads);
// `rts/...` imports of user programs resolve to the toolkit.
import "../framework/cli/register.mjs";

const { runCli } = await import("../framework/cli/main.ts");
// the composition root, loaded only by the commands that translate
await runCli(process.argv.slice(2), async () => (await import("../plugins/builtin.ts")).BUILTINS);
