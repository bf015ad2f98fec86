// python: a Python 3 interpreter on RTS.
//   python FILE [ARGS...]   runs a script as __main__ (exit 1 on an uncaught exception, with a traceback on stderr)
//   python -c CMD [ARGS...] runs CMD;  python - runs stdin;  python [-i] the interactive prompt
import { currentDirectory, flush, isTerminal, readBytes, readFile, write } from "rts/rlib/os";
import { setParam } from "rts/jit";
import { state } from "./frame.ts";
import { PySyntaxError } from "./tokenizer.ts";
import { builtinsModule, execModule, newModule, registerModule } from "./runtime.ts";
import { PyError, type PyModule } from "./objects/model.ts";
import { call, getAttr } from "./objects/ops.ts";
import { dictSetStr } from "./objects/dict.ts";
import { decodeBytes } from "./objects/codecs.ts";
import { reportSyntaxError, reportUncaught } from "./report.ts";
import { interactiveLoop } from "./repl.ts";
import { argv } from "./modules/sys.ts";
import "./builtins.ts";
import "./evaluation.ts";
import "./modules/sys.ts";
import "./modules/math.ts";
import "./modules/time.ts";
import "./modules/random.ts";
import "./modules/fileio.ts";

/** Files the program left open get their buffered writes written (CPython flushes them as it finalizes them). */
function flushOpenFiles(): void {
  const files = state.modules.get("_files");
  if (files === undefined) return;
  try {
    call(getAttr(files, "_flush_all"), [], null);
  } catch {
    // (nothing to report it to: _flush_all ignores the files that fail)
  }
}

/** Runs `source` as __main__ (its file `filename`): 0, or the status an uncaught exception or SystemExit gives. */
function runMain(source: string, filename: string): number {
  try {
    execModule("__main__", source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return reportSyntaxError(e, filename, source.split("\n"));
    if (e instanceof PyError) return reportUncaught(e.exc);
    throw e;
  } finally {
    flushOpenFiles();
    flush();
  }
  return 0;
}

/** A relative path made absolute against the current directory (CPython 3.11 gives __main__ an absolute __file__). */
function absolute(path: string): string {
  if (path.startsWith("/")) return path;
  const cwd = currentDirectory();
  return cwd === null ? path : `${cwd === "/" ? "" : cwd}/${path}`;
}

function runFile(path: string, args: string[], thenInteractive: boolean): number {
  const source = readFile(path);
  if (source === null) {
    write(2, `python: can't open file '${absolute(path)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  argv.push(path, ...args);
  const file = absolute(path);
  state.path = [file.slice(0, file.lastIndexOf("/"))];
  const status = runMain(source, file);
  return thenInteractive && status === 0 ? interactive(false) : status;
}

/** All of stdin as text (a script piped in). */
function readStdin(): string {
  let bytes = "";
  for (;;) {
    const chunk = readBytes(0, 1 << 16);
    if (chunk === null || chunk === "") break;
    bytes += chunk;
  }
  return decodeBytes(bytes, "utf-8", "replace");
}

/** The prompt in __main__ (made empty when no script ran). */
function interactive(banner: boolean): number {
  const main = state.modules.get("__main__") ?? newMainModule();
  try {
    return interactiveLoop(main, banner);
  } finally {
    flushOpenFiles();
    flush();
  }
}

function newMainModule(): PyModule {
  const m = newModule("__main__");
  dictSetStr(m.dict, "__builtins__", builtinsModule());
  registerModule("__main__", m);
  return m;
}

const USAGE = "usage: python [option] ... [-c cmd | file | -] [arg] ...\n";

function usageError(message: string): number {
  write(2, `${message}\n${USAGE}`);
  return 2;
}

/** python [-i] [-u -B -E -s -S -O] [-c CMD | FILE | -] [ARGS...], as CPython reads its command line. */
function runCommandLine(args: string[]): number {
  let inspect = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "-" || !a.startsWith("-")) break;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-V" || a === "--version") {
      write(1, "Python 3.11.2\n");
      return 0;
    }
    if (a === "-h" || a === "--help") {
      write(1, USAGE + "-c cmd : program passed in as string\n-i     : inspect interactively after running script\nfile   : program read from script file\n-      : program read from stdin (default; interactive mode if a tty)\n");
      return 0;
    }
    if (a === "-c") {
      if (i + 1 >= args.length) return usageError("Argument expected for the -c option");
      argv.push("-c", ...args.slice(i + 2));
      const status = runMain(args[i + 1], "<string>");
      return inspect && status === 0 ? interactive(false) : status;
    }
    for (const flag of a.slice(1)) {
      if (flag === "i") inspect = true;
      // (unbuffered output, no bytecode files, no environment or site: nothing to do here)
      else if (!"uBEsSOq".includes(flag)) return usageError(`Unknown option: -${flag}`);
    }
  }
  if (i < args.length && args[i] !== "-") return runFile(args[i], args.slice(i + 1), inspect);
  argv.push(i < args.length ? "-" : "", ...args.slice(i + 1));
  state.path = [""];
  if (inspect || (i >= args.length && isTerminal(0))) return interactive(i >= args.length || inspect);
  return runMain(readStdin(), "<stdin>");
}

export function main(argv0: string[]): number {
  // Calls of Python functions are inlined into the caller's trace (the callee's frame and its slots are virtual
  // there), but one that adds more than 700 operations stays a call_assembler (RTS_JIT_INLINE_LIMIT). Measured on
  // the pyperformance programs (best of 2): at 1000 go took 4.0 s instead of 2.8-3.1 s, deltablue and raytrace a
  // little longer, chaos and richards 10% less; at the toolkit's 1500 richards took 1.4 s instead of 1.0 s, chaos
  // 2.3 s instead of 2.0 s; with only the trace's limit (6000 operations) go took 11 s (long traces whose guards
  // grow long bridges).
  setParam("inlineLimit", 700);
  // A loop of an inlined call is unrolled into the caller's trace while its iterations stay under 150 operations;
  // at a bigger one the rest of the call is a call_assembler from the loop's merge point (RPython cuts at every
  // such loop). Measured (interleaved, 7 runs): go 1.18x → 1.08x CPython's time, richards 0.324x → 0.301x,
  // hexiom 0.84x → 0.90x (remove_unfixed's loop over the cells becomes a call), nqueens unchanged (a generator's
  // loop is not cut where it resumed: notAnEntry; cut, 0.76x → 0.80x), the rest unchanged; go's traced operations
  // 74.6k → 57.5k. Cutting every loop (0) made chaos' and nqueens' small loops calls
  // (0.56x → 0.70x, 0.76x → 0.95x); 300 leaves richards' and hexiom's loops unrolled.
  setParam("loopCut", 150);
  return runCommandLine(argv0.slice(1));
}
