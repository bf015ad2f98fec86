// compile(), exec() and eval(): Python source compiled while the program
// runs, into code objects that run in the namespaces the caller gives (by
// default its own: the interpreter passes the calling frame's globals and
// locals, interp.ts frameBuiltin).  The interactive prompt compiles with
// mode "single" through the same path.
import { parseModule } from "./statements.ts";
import { parseExpression } from "./parser.ts";
import { compileExpression, compileInteractive, compileModule } from "./compiler/compiler.ts";
import type { Code } from "./code.ts";
import { runCode } from "./calls.ts";
import { PySyntaxError } from "./tokenizer.ts";
import { typeError, valueError } from "./objects/exceptions.ts";
import { BUILTINS, CODE_TYPE, KwArgs, NONE, PyBuiltin, PyBytes, PyDict, PyError, PyObject, PyStr, pyInt, pyStr, pyTuple } from "./objects/model.ts";
import { PyCodeObject } from "./objects/constants.ts";
import { dictGetStr, dictSetStr } from "./objects/dict.ts";
import { defGetter, defMethod, typeName } from "./objects/ops.ts";
import { identityNumber } from "./objects/hashing.ts";
import { decodeBytes } from "./objects/codecs.ts";
import { builtinsModule, syntaxErrorObject } from "./runtime.ts";
import { FRAME_BUILTIN, state } from "./frame.ts";

export type CompileMode = "exec" | "eval" | "single";

/** The statements with a block (at the prompt, a block ends at a blank line). */
export const COMPOUND_STATEMENTS = new Set(["If", "While", "For", "Try", "With", "FunctionDef", "ClassDef", "Match"]);

/** Parses and compiles `source`; a syntax error is a SyntaxError exception (with the offending line's text from `source`). */
export function compileSource(source: string, filename: string, mode: CompileMode): Code {
  try {
    if (mode === "eval") return compileExpression(parseExpression(source), filename);
    const body = parseModule(source);
    // (one statement, or simple ones on one line separated by semicolons)
    for (let i = 1; mode === "single" && i < body.length; i++) {
      if (body[i].line <= body[i - 1].endLine) continue;
      // (after a compound statement, CPython's grammar for the prompt has no place for another)
      if (COMPOUND_STATEMENTS.has(body[0].type)) throw new PySyntaxError("invalid syntax", "SyntaxError", body[i].line, body[i].col + 1);
      throw new PySyntaxError("multiple statements found while compiling a single statement", "SyntaxError", body[0].endLine, body[0].endCol + 1);
    }
    return mode === "single" ? compileInteractive(body, filename) : compileModule(body, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyError(syntaxErrorObject(e, filename, source.split("\n")));
    throw e;
  }
}

/** The text of a source argument (str, or bytes decoded as UTF-8); null for anything else. */
function sourceText(o: PyObject): string | null {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyBytes) return decodeBytes(o.value, "utf-8", "strict");
  return null;
}

function compileMode(o: PyObject): CompileMode {
  const m = o instanceof PyStr ? o.value : "";
  if (m !== "exec" && m !== "eval" && m !== "single") throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  return m;
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code object. */
function compileBuiltin(args: PyObject[], kw: KwArgs | null): PyObject {
  const names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
  const a: (PyObject | null)[] = names.map((_, i) => (i < args.length ? args[i] : null));
  if (args.length > names.length) throw typeError(`compile() takes at most 6 arguments (${args.length} given)`);
  if (kw !== null)
    kw.names.forEach((n, i) => {
      const at = names.indexOf(n);
      if (at < 0) throw typeError(`compile() got an unexpected keyword argument '${n}'`);
      if (a[at] !== null) throw typeError(`argument for compile() given by name ('${n}') and position (${at + 1})`);
      a[at] = kw.values[i];
    });
  for (let i = 0; i < 3; i++) if (a[i] === null) throw typeError(`compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  const text = sourceText(a[0]!);
  if (text === null) throw typeError("compile() arg 1 must be a string, bytes or AST object");
  const filename = a[1]!;
  if (!(filename instanceof PyStr)) throw typeError(`compile() argument 'filename' must be str, not ${typeName(filename)}`);
  return new PyCodeObject(compileSource(text, filename.value, compileMode(a[2]!)));
}

/**
 * exec(source, globals=None, locals=None) and eval(...): runs code in the
 * namespaces given (the interpreter loop passes the caller's globals and
 * locals() when the call names none: interp.ts frameBuiltin; called from
 * elsewhere, map(eval, ...), the default globals are __main__'s).
 */
function execOrEval(kind: "exec" | "eval", args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 3) throw typeError(`${kind} expected at most 3 arguments, got ${args.length}`);
  const globalsArg = args.length > 1 ? args[1] : NONE;
  const localsArg = args.length > 2 ? args[2] : NONE;
  if (globalsArg !== NONE && !(globalsArg instanceof PyDict)) {
    throw typeError(kind === "exec" ? `exec() globals must be a dict, not ${typeName(globalsArg)}` : "globals must be a real dict; try eval(expr, {}, mapping)");
  }
  if (localsArg !== NONE && !(localsArg instanceof PyDict)) {
    // (a frame's NAME operations read a dict: other mappings are not supported)
    if (localsArg.getType().lookup("__getitem__") === null) throw typeError("locals must be a mapping");
    throw typeError(`${kind}() locals must be a dict here (this interpreter does not run code in other mappings)`);
  }
  const globals = globalsArg instanceof PyDict ? globalsArg : mainGlobals();
  const locals = localsArg instanceof PyDict ? localsArg : globals;
  if (dictGetStr(globals, "__builtins__") === null) dictSetStr(globals, "__builtins__", builtinsModule());
  const src = args[0];
  let code: Code;
  if (src instanceof PyCodeObject) {
    code = src.code;
    if (code.freevars.length > 0) throw typeError(`code object passed to ${kind}() may not contain free variables`);
  } else {
    const text = sourceText(src);
    if (text === null) throw typeError(`${kind}() arg 1 must be a string, bytes or code object`);
    // (eval ignores leading blanks, as CPython's eval does)
    code = compileSource(kind === "eval" ? text.replace(/^[ \t]+/, "") : text, "<string>", kind);
  }
  const result = runCode(code, globals, locals, []);
  return kind === "eval" ? result : NONE;
}

/** The globals of code that calls exec/eval from outside the interpreter loop (map(eval, ...)): __main__'s. */
function mainGlobals(): PyDict {
  const main = state.modules.get("__main__");
  return main !== undefined ? main.dict : BUILTINS;
}

function codeOf(o: PyObject): Code {
  return (o as PyCodeObject).code;
}

dictSetStr(BUILTINS, "compile", new PyBuiltin("compile", compileBuiltin, null, null));
// (called from the interpreter loop, these get the calling frame's namespaces: interp.ts frameBuiltin)
dictSetStr(BUILTINS, "exec", new PyBuiltin("exec", (args) => execOrEval("exec", args), null, null, FRAME_BUILTIN));
dictSetStr(BUILTINS, "eval", new PyBuiltin("eval", (args) => execOrEval("eval", args), null, null, FRAME_BUILTIN));

defMethod(CODE_TYPE, "__repr__", (args) => {
  const c = codeOf(args[0]);
  return pyStr(`<code object ${c.name} at 0x${identityNumber(args[0]).toString(16).padStart(12, "0")}, file "${c.filename}", line ${c.firstLine}>`);
});
defGetter(CODE_TYPE, "co_name", (o) => pyStr(codeOf(o).name));
defGetter(CODE_TYPE, "co_qualname", (o) => pyStr(codeOf(o).qualname));
defGetter(CODE_TYPE, "co_filename", (o) => pyStr(codeOf(o).filename));
defGetter(CODE_TYPE, "co_firstlineno", (o) => pyInt(codeOf(o).firstLine));
defGetter(CODE_TYPE, "co_argcount", (o) => pyInt(codeOf(o).argcount));
defGetter(CODE_TYPE, "co_posonlyargcount", (o) => pyInt(codeOf(o).posonlyargcount));
defGetter(CODE_TYPE, "co_kwonlyargcount", (o) => pyInt(codeOf(o).kwonlyargcount));
defGetter(CODE_TYPE, "co_nlocals", (o) => pyInt(codeOf(o).varnames.length));
defGetter(CODE_TYPE, "co_varnames", (o) => pyTuple(codeOf(o).varnames.map((n) => pyStr(n))));
defGetter(CODE_TYPE, "co_cellvars", (o) => pyTuple(codeOf(o).cellvars.map((n) => pyStr(n))));
defGetter(CODE_TYPE, "co_freevars", (o) => pyTuple(codeOf(o).freevars.map((n) => pyStr(n))));
defGetter(CODE_TYPE, "co_names", (o) => pyTuple(codeOf(o).names.map((n) => pyStr(n))));
