// What the interpreter loop calls for the statements that reach beyond one
// frame: class creation (__build_class__: the metaclass, __prepare__, the
// body run with its namespace), imports (builtin modules, modules written in
// Python shipped with the interpreter, the user's modules next to the
// script), and f-string formatting.
import { readFile } from "rts/rlib/os";
import { compileModule } from "./compiler/compiler.ts";
import { parseModule } from "./statements.ts";
import { runCode } from "./calls.ts";
import { state } from "./frame.ts";
import { ImportError, IndentationError, RuntimeError, ModuleNotFoundError, SyntaxError, TabError, newException, pyError, typeError } from "./objects/exceptions.ts";
import { PySyntaxError } from "./tokenizer.ts";
import {
  BUILTINS, KwArgs, NONE, PyBuiltin, PyDict, PyError, PyFunction, PyModule, PyObject, PyStr, PyType, TYPE_TYPE, pyInt, pyStr, pyTuple,
} from "./objects/model.ts";
import { call, lookupAttr, repr, setAttr, setInstanceAttr, str, typeName } from "./objects/ops.ts";
import { dictDelStr, dictGetStr, dictKeys, dictSetStr, newDict } from "./objects/dict.ts";
import { format } from "./objects/format.ts";
import { LIB_SOURCES } from "./lib/sources.ts";
import { iterate } from "./objects/items.ts";
import { escaped } from "./objects/codecs.ts";

export function builtinsDict(): PyDict {
  return BUILTINS;
}

// ---- classes -----------------------------------------------------------------------------------------

/** The most derived metaclass of the explicit one and the bases' ones. */
function resolveMeta(explicit: PyType | null, bases: PyObject[]): PyType {
  let winner: PyType = explicit ?? TYPE_TYPE;
  for (const b of bases) {
    const m = b.getType();
    if (m.isSubtypeOf(winner)) winner = m;
    else if (!winner.isSubtypeOf(m)) throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

export const BUILD_CLASS = new PyBuiltin("__build_class__", (args, kw) => {
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (!(name instanceof PyStr)) throw typeError("__build_class__: name is not a string");
  const bases = args.slice(2);
  let explicit: PyObject | null = null;
  const restNames: string[] = [];
  const restValues: PyObject[] = [];
  if (kw !== null)
    kw.names.forEach((n, i) => {
      if (n === "metaclass") explicit = kw.values[i];
      else {
        restNames.push(n);
        restValues.push(kw.values[i]);
      }
    });
  const rest = restNames.length > 0 ? new KwArgs(restNames, restValues) : null;
  const metaObj: PyObject = explicit ?? TYPE_TYPE;
  const meta = metaObj instanceof PyType ? resolveMeta(metaObj, bases) : null;
  let ns: PyDict = newDict();
  if (meta !== null) {
    const prepare = lookupAttr(meta, "__prepare__");
    if (prepare !== null) {
      const r = call(prepare, [name, pyTuple(bases)], rest);
      if (!(r instanceof PyDict)) throw typeError(`${meta.name}.__prepare__() must return a mapping, not ${typeName(r)}`);
      ns = r;
    }
  }
  runCode(func.code, func.globals, ns, func.closure);
  return call(meta ?? metaObj, [name, pyTuple(bases), ns], rest);
}, null, null);

/** PRINT_EXPR (an expression statement at the interactive prompt): sys.displayhook(value). */
export function displayValue(v: PyObject): void {
  const hook = lookupAttr(importModule("sys"), "displayhook");
  if (hook === null) throw pyError(RuntimeError, "lost sys.displayhook");
  call(hook, [v], null);
}

// ---- imports -----------------------------------------------------------------------------------------

/** Builtin modules, made on first import. */
export const MODULE_FACTORIES = new Map<string, () => PyModule>();
/** Modules written in Python that ship with the interpreter (languages/python/lib): their source text. */
export const PYTHON_MODULES = new Map<string, string>();
for (const [name, source] of LIB_SOURCES) PYTHON_MODULES.set(name, source);

/** A SyntaxError exception (msg, filename, lineno, offset, text) for a parse error in `filename` (whose `lines` give the text). */
export function syntaxErrorObject(e: PySyntaxError, filename: string, lines = state.sources.get(filename)): import("./objects/model.ts").PyBaseException {
  const type = e.kind === "TabError" ? TabError : e.kind === "IndentationError" ? IndentationError : SyntaxError;
  const text = lines !== undefined && e.line >= 1 && e.line <= lines.length ? lines[e.line - 1] + "\n" : null;
  const details = pyTuple([pyStr(filename), pyInt(e.line), pyInt(e.col), text === null ? NONE : pyStr(text)]);
  const exc = newException(type, [pyStr(e.message), details]);
  setInstanceAttr(exc, "msg", pyStr(e.message));
  setInstanceAttr(exc, "filename", pyStr(filename));
  setInstanceAttr(exc, "lineno", pyInt(e.line));
  setInstanceAttr(exc, "offset", pyInt(e.col));
  setInstanceAttr(exc, "text", text === null ? NONE : pyStr(text));
  return exc;
}

/** Records a module in sys.modules (the interpreter's map and the dict programs see). */
export function registerModule(name: string, m: PyModule): void {
  state.modules.set(name, m);
  dictSetStr(state.modulesDict, name, m);
}

export function newModule(name: string): PyModule {
  const d = newDict();
  dictSetStr(d, "__name__", pyStr(name));
  dictSetStr(d, "__doc__", NONE);
  dictSetStr(d, "__package__", pyStr(""));
  return new PyModule(name, d);
}

/** Runs Python source as module `name` (registered before it runs, as Python does). */
export function execModule(name: string, source: string, filename: string): PyModule {
  const m = newModule(name);
  if (filename !== "" && filename !== "<string>") dictSetStr(m.dict, "__file__", pyStr(filename));
  dictSetStr(m.dict, "__builtins__", builtinsModule());
  registerModule(name, m);
  // (tracebacks show no lines of "<string>" (python -c) or "<stdin>", as CPython's)
  if (filename !== "<string>" && filename !== "<stdin>") state.sources.set(filename, source.split("\n"));
  try {
    let code: import("./code.ts").Code;
    try {
      code = compileModule(parseModule(source), filename);
    } catch (e) {
      // a module the program imports: its syntax error is a SyntaxError the importer may catch
      if (e instanceof PySyntaxError && name !== "__main__") throw new PyError(syntaxErrorObject(e, filename));
      throw e;
    }
    runCode(code, m.dict, m.dict, []);
  } catch (e) {
    state.modules.delete(name);
    dictDelStr(state.modulesDict, name);
    throw e;
  }
  return m;
}

let theBuiltinsModule: PyModule | null = null;
/** The builtins module (made, and entered in sys.modules, on first use). */
export function builtinsModule(): PyModule {
  if (theBuiltinsModule === null) {
    theBuiltinsModule = new PyModule("builtins", BUILTINS);
    registerModule("builtins", theBuiltinsModule);
  }
  return theBuiltinsModule;
}

function findModule(name: string): PyModule | null {
  const known = state.modules.get(name);
  if (known !== undefined) return known;
  // (what a program put in sys.modules itself: os puts os.path there)
  const entered = dictGetStr(state.modulesDict, name);
  if (entered instanceof PyModule) return entered;
  const factory = MODULE_FACTORIES.get(name);
  if (factory !== undefined) {
    const m = factory();
    registerModule(name, m);
    return m;
  }
  const shipped = PYTHON_MODULES.get(name);
  if (shipped !== undefined) return execModule(name, shipped, `<frozen ${name}>`);
  const rel = name.split(".").join("/");
  for (const dir of state.path) {
    const base = dir === "" ? "" : dir + "/";
    const file = base + rel + ".py";
    const text = readFile(file);
    if (text !== null) return execModule(name, text, file);
    const pkgFile = base + rel + "/__init__.py";
    const pkg = readFile(pkgFile);
    if (pkg !== null) {
      const m = execModule(name, pkg, pkgFile);
      dictSetStr(m.dict, "__path__", pyStr(base + rel));
      return m;
    }
  }
  return null;
}

export function importModule(name: string): PyModule {
  const parts = name.split(".");
  let parent: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join(".");
    const m = findModule(full);
    if (m === null) throw new PyError(moduleNotFound(full));
    if (parent !== null) dictSetStr(parent.dict, parts[i], m);
    parent = m;
  }
  return parent!;
}

function moduleNotFound(name: string): import("./objects/model.ts").PyBaseException {
  const e = newException(ModuleNotFoundError, [pyStr(`No module named ${repr(pyStr(name))}`)]);
  setAttr(e, "name", pyStr(name));
  return e;
}

/** IMPORT_NAME: the top package for `import a.b`, the module itself with a fromlist (or `import a.b as c`). */
export function importName(name: string, fromlist: boolean, level: number, globals: PyDict): PyObject {
  let full = name;
  if (level > 0) {
    const pkgObj = dictGetStr(globals, "__package__");
    let pkg = pkgObj instanceof PyStr ? pkgObj.value : "";
    if (pkg === "") {
      const n = dictGetStr(globals, "__name__");
      const modName = n instanceof PyStr ? n.value : "";
      pkg = dictGetStr(globals, "__path__") !== null ? modName : modName.split(".").slice(0, -1).join(".");
    }
    if (pkg === "") throw pyError(ImportError, "attempted relative import with no known parent package");
    const parts = pkg.split(".");
    const base = parts.slice(0, parts.length - (level - 1)).join(".");
    full = name === "" ? base : `${base}.${name}`;
  }
  const m = importModule(full);
  if (fromlist) return m;
  return state.modules.get(full.split(".")[0])!;
}

export function importFrom(module: PyObject, name: string): PyObject {
  const v = lookupAttr(module, name);
  if (v !== null) return v;
  if (module instanceof PyModule) {
    const sub = findModule(`${module.name}.${name}`);
    if (sub !== null) return sub;
    const file = dictGetStr(module.dict, "__file__");
    const where = file instanceof PyStr ? file.value : "unknown location";
    const e = newException(ImportError, [pyStr(`cannot import name '${name}' from '${module.name}' (${where})`)]);
    setAttr(e, "name", pyStr(module.name));
    if (file instanceof PyStr) setAttr(e, "path", file);
    throw new PyError(e);
  }
  throw pyError(ImportError, `cannot import name '${name}'`);
}

export function importStar(module: PyObject, into: PyDict): void {
  if (!(module instanceof PyModule)) throw typeError("import * of a non-module");
  const all = dictGetStr(module.dict, "__all__");
  const names = all !== null ? iterate(all).map((n) => (n as PyStr).value) : dictKeys(module.dict).map((k) => (k as PyStr).value).filter((n) => !n.startsWith("_"));
  for (const n of names) {
    const v = dictGetStr(module.dict, n);
    if (v !== null) dictSetStr(into, n, v);
  }
}

// ---- f-strings ---------------------------------------------------------------------------------------

/** FORMAT_VALUE: the conversion (1 str, 2 repr, 3 ascii), then format() with the spec. */
export function formatValue(value: PyObject, conversion: number, spec: string): PyObject {
  let v = value;
  if (conversion === 1) v = pyStr(str(v));
  else if (conversion === 2) v = pyStr(repr(v));
  else if (conversion === 3) v = pyStr(asciiRepr(repr(v)));
  if (spec === "" && v instanceof PyStr) return v;
  return pyStr(format(v, spec));
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 128 ? ch : escaped(c);
  }
  return out;
}
