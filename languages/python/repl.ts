// The interactive prompt: statements read from stdin one at a time (with
// sys.ps1 `>>> ` and sys.ps2 `... ` on stderr, as CPython writes them when
// stdin is not a terminal), compiled in "single" mode (an expression's value
// is shown through sys.displayhook) and run in __main__'s namespace.  An
// exception prints its traceback and the prompt goes on; SystemExit or the
// end of input ends it.
import { readLine, write } from "rts/rlib/os";
import { parseModule } from "./statements.ts";
import { PySyntaxError } from "./tokenizer.ts";
import { COMPOUND_STATEMENTS, compileSource } from "./evaluation.ts";
import { runCode } from "./calls.ts";
import { state } from "./frame.ts";
import { SystemExit } from "./objects/exceptions.ts";
import { NONE, PyError, PyModule, pyStr } from "./objects/model.ts";
import { str } from "./objects/ops.ts";
import { dictGetStr, dictSetStr } from "./objects/dict.ts";
import { importModule } from "./runtime.ts";
import { reportUncaught } from "./report.ts";

/** What the lines typed so far are: a whole statement, the start of one (read more), or an error to report now. */
function inputState(source: string, lastLineBlank: boolean): "run" | "more" | "error" {
  try {
    const body = parseModule(source);
    // (a compound statement's block ends at a blank line, as CPython's prompt reads it)
    if (body.length > 0 && COMPOUND_STATEMENTS.has(body[0].type) && !lastLineBlank) return "more";
    return "run";
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (lastLineBlank) return "error";
    if (e.message.includes("was never closed") || e.message.startsWith("unterminated triple-quoted") || e.message.startsWith("unexpected EOF")) return "more";
    // an error the input's end caused moves when the input gets longer (codeop's test)
    try {
      parseModule(source + "\n");
      return "more";
    } catch (e2) {
      if (e2 instanceof PySyntaxError && e2.line === e.line && e2.col === e.col && e2.message === e.message) return "error";
      return "more";
    }
  }
}

function prompt(sys: PyModule, name: string, fallback: string): void {
  const p = dictGetStr(sys.dict, name);
  let text = fallback;
  if (p !== null) {
    try {
      text = str(p);
    } catch {
      // (a prompt object whose str() fails: the default)
    }
  }
  write(2, text);
}

/** Runs the prompt in `main`'s namespace until the end of input (0) or SystemExit (its status). */
export function interactiveLoop(main: PyModule, banner: boolean): number {
  const sys = importModule("sys");
  if (dictGetStr(sys.dict, "ps1") === null) dictSetStr(sys.dict, "ps1", pyStr(">>> "));
  if (dictGetStr(sys.dict, "ps2") === null) dictSetStr(sys.dict, "ps2", pyStr("... "));
  if (banner) write(2, `Python 3.11.2 (RTS Python) on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
  for (;;) {
    prompt(sys, "ps1", ">>> ");
    const first = readLine();
    if (first === null) return 0;
    if (first.trim() === "" || first.trim().startsWith("#")) continue;
    let source = first + "\n";
    let st = inputState(source, false);
    while (st === "more") {
      prompt(sys, "ps2", "... ");
      const line = readLine();
      if (line === null) {
        st = inputState(source, true);
        if (st === "more") st = "error";
        break;
      }
      source += line + "\n";
      st = inputState(source, line.trim() === "");
    }
    const status = runInteractive(main, source);
    if (status >= 0) return status;
  }
}

/** Compiles and runs one statement typed at the prompt: -1 to go on, or the status SystemExit asked for. */
function runInteractive(main: PyModule, source: string): number {
  try {
    runCode(compileSource(source, "<stdin>", "single"), main.dict, main.dict, []);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const status = reportUncaught(e.exc);
    if (e.exc.cls.isSubtypeOf(SystemExit)) return status;
  } finally {
    state.excInfo = NONE;
  }
  return -1;
}
