// The sys module: argv, exit, the standard streams, the recursion limit,
// modules and path, and the constants programs read (maxsize, version).
import { state } from "../frame.ts";
import { SystemExit, newException } from "../objects/exceptions.ts";
import { NONE, PyBuiltin, PyError, PyList, PyModule, PyObject, pyInt, pyStr, pyTuple } from "../objects/model.ts";
import { dictSetStr, newDict } from "../objects/dict.ts";
import { toIndex } from "../objects/items.ts";
import { STDERR, STDOUT } from "../objects/streams.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";
import { valueError } from "../objects/exceptions.ts";

/** sys.argv as the interpreter was started: the script, then its arguments. */
export const argv: string[] = [];

function fn(m: PyModule, name: string, f: (args: PyObject[]) => PyObject): void {
  dictSetStr(m.dict, name, new PyBuiltin(name, (args) => f(args), null, null));
}

function makeSys(): PyModule {
  const m = newModule("sys");
  const d = m.dict;
  dictSetStr(d, "argv", new PyList(argv.map((a) => pyStr(a))));
  dictSetStr(d, "stdout", STDOUT);
  dictSetStr(d, "stderr", STDERR);
  dictSetStr(d, "__stdout__", STDOUT);
  dictSetStr(d, "__stderr__", STDERR);
  dictSetStr(d, "maxsize", pyInt(9007199254740991));
  dictSetStr(d, "version", pyStr("3.11.2 (RTS Python)"));
  dictSetStr(d, "version_info", pyTuple([pyInt(3), pyInt(11), pyInt(2), pyStr("final"), pyInt(0)]));
  dictSetStr(d, "platform", pyStr("linux"));
  dictSetStr(d, "byteorder", pyStr("little"));
  dictSetStr(d, "path", new PyList(state.path.map((p) => pyStr(p))));
  dictSetStr(d, "modules", newDict());
  fn(m, "exit", (args) => {
    throw new PyError(newException(SystemExit, args.length > 0 ? [args[0]] : []));
  });
  fn(m, "getrecursionlimit", () => pyInt(state.recursionLimit));
  fn(m, "setrecursionlimit", (args) => {
    const n = toIndex(args[0]);
    if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
    state.recursionLimit = n;
    return NONE;
  });
  fn(m, "exc_info", () => {
    const e = state.excInfo;
    return e === NONE ? pyTuple([NONE, NONE, NONE]) : pyTuple([e.getType(), e, NONE]);
  });
  fn(m, "exception", () => state.excInfo);
  fn(m, "intern", (args) => args[0]);
  return m;
}

MODULE_FACTORIES.set("sys", makeSys);
