#!/usr/bin/env node
// The `rts` command.  The toolkit is written in TypeScript and runs from
// source (framework/cli/ts-hooks.mjs compiles it with esbuild as it loads);
// `rts/...` imports of user programs resolve to the toolkit.
import { Worker, isMainThread } from "node:worker_threads";

const argv = process.argv.slice(2);
if (argv[0] === "interp" && isMainThread) {
  // The llinterp recurses as deeply as the program: it runs on a thread with
  // a stack as large as a translated program's may grow (a recursion the
  // binary survives must not overflow here first).
  const thread = new Worker(new URL(import.meta.url), { argv, resourceLimits: { stackSizeMb: 1024 } });
  thread.on("error", (e) => {
    console.error(e);
    process.exitCode = 70;
  });
  thread.on("exit", (code) => {
    process.exitCode ??= code;
  });
} else {
  await import("../framework/cli/register.mjs");
  const { runCli } = await import("../framework/cli/main.ts");
  // the composition root, loaded only by the commands that translate
  await runCli(argv, async () => (await import("../plugins/builtin.ts")).BUILTINS);
}
