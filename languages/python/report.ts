// Reporting what ends a program (or an interactive statement): an uncaught
// exception as CPython prints it (the traceback with the source lines, the
// chained exceptions, a SyntaxError's line and caret), SystemExit's status.
import { flush, write } from "rts/rlib/os";
import { state } from "./frame.ts";
import { PySyntaxError } from "./tokenizer.ts";
import { SyntaxError, SystemExit } from "./objects/exceptions.ts";
import { NONE, PyBaseException, PyInt, PyObject, PyStr, TracebackEntry } from "./objects/model.ts";
import { instanceAttr, str } from "./objects/ops.ts";

/** The source line `line` of `file`, stripped, or null. */
function sourceLine(file: string, line: number): string | null {
  const lines = state.sources.get(file);
  if (lines === undefined || line < 1 || line > lines.length) return null;
  return lines[line - 1].trim();
}

/**
 * A SyntaxError's source line and caret as CPython's print_error_text
 * writes them: the line without its newline and indentation (trailing
 * spaces kept), the caret under the 1-based `offset` — none when the offset
 * is null or falls in the indentation (an IndentationError's).
 */
function errorText(text: string, offset: number | null): string {
  const raw = text.replace(/\r?\n$/, "");
  const stripped = raw.trimStart();
  const caret = offset === null ? -1 : offset - 1 - (raw.length - stripped.length);
  return `    ${stripped}\n` + (caret >= 0 ? `    ${" ".repeat(caret)}^\n` : "");
}

function exceptionLine(e: PyBaseException): string {
  const t = e.cls;
  if (t.isSubtypeOf(SyntaxError)) {
    // where the parser stopped, as CPython prints a SyntaxError: the file and line, the text and a caret
    const file = instanceAttr(e, "filename");
    const line = instanceAttr(e, "lineno");
    const offset = instanceAttr(e, "offset");
    const text = instanceAttr(e, "text");
    const msg = instanceAttr(e, "msg");
    if (file instanceof PyStr && line instanceof PyInt && msg instanceof PyStr) {
      let out = `  File "${file.value}", line ${line.value}\n`;
      if (text instanceof PyStr) out += errorText(text.value, offset instanceof PyInt ? offset.value : null);
      return out + `${t.name}: ${msg.value}`;
    }
  }
  const name = t.module === "__main__" || t.module === "builtins" ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  return msg === "" ? name : `${name}: ${msg}`;
}

function formatTraceback(e: PyBaseException, seen: PyBaseException[]): string {
  seen.push(e);
  let out = "";
  if (e.cause instanceof PyBaseException && !seen.includes(e.cause)) {
    out += formatTraceback(e.cause, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e.context instanceof PyBaseException && !e.suppressContext && !seen.includes(e.context)) {
    out += formatTraceback(e.context, seen) + "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (e.traceback !== null) {
    out += "Traceback (most recent call last):\n";
    let tb: TracebackEntry | null = e.traceback;
    let last = "";
    let repeats = 0;
    const flushRepeats = (): void => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
    };
    while (tb !== null) {
      const where = `  File "${tb.code.filename}", line ${tb.line}, in ${tb.code.name}\n`;
      // the same line over and over (a runaway recursion) is shown three times, then counted
      if (where === last) repeats++;
      else {
        flushRepeats();
        last = where;
        repeats = 1;
      }
      if (repeats <= 3) {
        out += where;
        const src = sourceLine(tb.code.filename, tb.line);
        if (src !== null && src !== "") out += `    ${src}\n`;
      }
      tb = tb.next;
    }
    flushRepeats();
  }
  out += exceptionLine(e) + "\n";
  for (const note of e.notes) out += note + "\n";
  return out;
}

/** Reports an uncaught exception as CPython does; returns the exit status. */
export function reportUncaught(e: PyBaseException): number {
  if (e.cls.isSubtypeOf(SystemExit)) {
    const a = e.args.items;
    const code: PyObject = a.length === 0 ? NONE : a.length === 1 ? a[0] : e.args;
    if (code === NONE) return 0;
    if (code instanceof PyInt) return code.value & 255;
    flush();
    write(2, str(code) + "\n");
    return 1;
  }
  flush();
  write(2, formatTraceback(e, []));
  return 1;
}

export function reportSyntaxError(e: PySyntaxError, file: string, lines = state.sources.get(file)): number {
  flush();
  let out = `  File "${file}", line ${e.line}\n`;
  if (lines !== undefined && e.line >= 1 && e.line <= lines.length) out += errorText(lines[e.line - 1], e.col);
  write(2, out + `${e.kind}: ${e.message}\n`);
  return 1;
}
