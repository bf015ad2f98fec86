// The `rts` command line: run, check, translate, plugins.
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "./run.ts";
import { TOOLKIT_ROOT } from "./rlib-paths.ts";
import type { Builtins } from "../translator/registry.ts";
import { processConsole } from "./console.ts";

function toolkitVersion(): string {
  return `rts ${(JSON.parse(readFileSync(join(TOOLKIT_ROOT, "package.json"), "utf8")) as { version: string }).version} (node ${process.version})`;
}

/**
 * The CLI, with the built-in plugins of this distribution (bin/rts.js
 * passes a loader of plugins/builtin.ts).  `rts run` needs no translator,
 * so it does not load them: they bring the whole pipeline and ts-morph,
 * which would triple its start-up time (1.3 s instead of 0.4 s).
 */
export async function runCli(argv: string[], loadBuiltins: () => Promise<Builtins>): Promise<void> {
  // `rts plugins | head`: a reader that stops early is not an error of ours
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  if (argv[0] === "run") return runCommand(argv);
  const builtins = await loadBuiltins();
  const env = { builtins, con: processConsole };
  const program = newProgram().enablePositionalOptions();

  addRun(program);

  program
    .command("check")
    .description("analyse a program (frontend + annotator) and report errors")
    .argument("<entry>")
    .option("--config <file>", "rts.config.ts to load")
    .option("--timings", "print per-stage timings")
    .option("--quiet", "no progress output")
    .action(async (entry: string, opts) => {
      const { checkCommand } = await import("./commands.ts");
      process.exitCode = await checkCommand(entry, opts, env);
    });

  program
    .command("translate")
    .description("translate a program into a native executable")
    .argument("<entry>")
    .option("-o, --output <file>", "output executable")
    .option("--gc <name>", `garbage collector (default: ${builtins.gc}; rts plugins lists them)`)
    .option("--gc-torture [n]", "collect at every allocation (or every n-th) unless RTS_GC_TORTURE says otherwise")
    .option("--jit", "generate the meta-tracing JIT from the program's rts/jit hints (RTS_JIT_THRESHOLD=N at run time)")
    .option("--target <name>", "target machine (default: the host; rts plugins lists them)")
    .option("--opt <level>", "optimisation level 0-3", "2")
    .option("--config <file>", "rts.config.ts to load")
    .option("--timings", "print per-stage timings")
    .option("--keep-c", "keep the generated C next to the output")
    .option("--quiet", "no progress output")
    .action(async (entry: string, opts) => {
      const { translateCommand } = await import("./commands.ts");
      process.exitCode = await translateCommand(entry, opts, env);
    });

  program
    .command("interp")
    .description("run a program through the translator and execute its low-level IR with the llinterp (no C compiler)")
    .argument("<entry>")
    .argument("[args...]")
    .option("--gc <name>", `garbage collector of the simulated heap (default: ${builtins.gc})`)
    .option("--gc-torture [n]", "collect at every allocation (or every n-th) unless RTS_GC_TORTURE says otherwise")
    .option("--heap <model>", "sim: objects in simulated memory, collected by the GC; objects: JavaScript objects (faster)", "sim")
    .option("--jit", "generate the JIT as translate --jit does (its runtime runs in the llinterp)")
    .allowUnknownOption()
    .passThroughOptions()
    .helpOption(false)
    .action(async (entry: string, args: string[], opts: { gc?: string; gcTorture?: string | boolean; heap: string; jit?: boolean }) => {
      if (args[0] === "--") args = args.slice(1);
      const { interpCommand } = await import("./commands.ts");
      process.exitCode = await interpCommand(entry, args, { quiet: true, gc: opts.gc, gcTorture: opts.gcTorture, heap: opts.heap, jit: opts.jit }, env);
    });

  program
    .command("worker", { hidden: true })
    .description("answer translation requests over an IPC channel (used by test harnesses)")
    .action(async () => {
      const { runWorker } = await import("./worker.ts");
      await runWorker(builtins);
    });

  program
    .command("plugins")
    .description("list the active plugins and the hooks each taps")
    .option("--config <file>", "rts.config.ts to load")
    .option("--gc <name>", `garbage collector (default: ${builtins.gc}; rts plugins lists them)`)
    .action(async (opts) => {
      const { pluginsCommand } = await import("./commands.ts");
      process.exitCode = await pluginsCommand(opts, env);
    });

  await parse(program, argv);
}

function newProgram(): Command {
  return new Command("rts")
    .description("RTS: write interpreters in a TypeScript subset, translate them to native code")
    .version(toolkitVersion(), "-V, --version", "print the toolkit's version")
    .exitOverride()
    .showHelpAfterError();
}

function addRun(program: Command): void {
  program
    .command("run")
    .description("run a program untranslated on Node")
    .argument("<entry>", "entry module exporting main(argv)")
    .argument("[args...]", "arguments for the program")
    .allowUnknownOption()
    .helpOption(false)
    .action(async (entry: string, args: string[]) => {
      if (args[0] === "--") args = args.slice(1);
      process.exitCode = await runProgram(entry, args);
    });
}

/** `rts run ...` alone: the same command line, without the translator's commands. */
async function runCommand(argv: string[]): Promise<void> {
  const program = newProgram();
  addRun(program);
  await parse(program, argv);
}

async function parse(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    throw e;
  }
}
