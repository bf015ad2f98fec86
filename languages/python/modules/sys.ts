// The sys module: argv, exit, the standard streams, the recursion limit,
// modules and path, and the constants programs read (maxsize, version).
import { state } from "../frame.ts";
import { SystemExit, newException } from "../objects/exceptions.ts";
import { BUILTINS, NONE, PyBuiltin, PyError, PyInstance, PyList, PyModule, PyObject, PyTuple, PyType, TUPLE_TYPE, newBuiltinType, pyFloat, pyInt, pyStr, pyTuple } from "../objects/model.ts";
import { dictGetStr, dictSetStr } from "../objects/dict.ts";
import { call, defMethod, getAttr, repr, setInstanceAttr } from "../objects/ops.ts";
import { newInstance } from "../objects/objecttype.ts";
import { intFromBig } from "../objects/numbers.ts";
import { BigNum } from "../bigint.ts";
import { toIndex } from "../objects/items.ts";
import { STDERR, STDOUT } from "../objects/streams.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";
import { valueError } from "../objects/exceptions.ts";

/** sys.argv as the interpreter was started: the script, then its arguments. */
export const argv: string[] = [];

function fn(m: PyModule, name: string, f: (args: PyObject[]) => PyObject): void {
  dictSetStr(m.dict, name, new PyBuiltin(name, (args) => f(args), null, null));
}

/**
 * A struct sequence as CPython's sys module has them (version_info,
 * float_info): a tuple whose items are also attributes, with a repr
 * naming them.
 */
const STRUCT_FIELDS = new Map<PyType, string[]>();

function structSeq(name: string, names: string[], values: PyObject[]): PyObject {
  const t = newBuiltinType(name, [TUPLE_TYPE]);
  t.instantiable = false;
  STRUCT_FIELDS.set(t, names);
  defMethod(t, "__repr__", (args) => {
    const o = args[0] as PyInstance;
    const items = (o.builtin as PyTuple).items;
    const fields = STRUCT_FIELDS.get(o.cls)!;
    return pyStr(`${o.cls.name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`);
  });
  const o = newInstance(t);
  o.builtin = pyTuple(values);
  names.forEach((f, i) => setInstanceAttr(o, f, values[i]));
  return o;
}

function floatInfo(): PyObject {
  return structSeq(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    [
      pyFloat(1.7976931348623157e308), pyInt(1024), pyInt(308), pyFloat(2.2250738585072014e-308), pyInt(-1021), pyInt(-307), pyInt(15), pyInt(53),
      pyFloat(2.220446049250313e-16), pyInt(2), pyInt(1),
    ],
  );
}

function makeSys(): PyModule {
  const m = newModule("sys");
  const d = m.dict;
  dictSetStr(d, "argv", new PyList(argv.map((a) => pyStr(a))));
  dictSetStr(d, "stdout", STDOUT);
  dictSetStr(d, "stderr", STDERR);
  dictSetStr(d, "__stdout__", STDOUT);
  dictSetStr(d, "__stderr__", STDERR);
  dictSetStr(d, "maxsize", intFromBig(BigNum.fromInt(1).shl(63).sub(BigNum.ONE)));
  dictSetStr(d, "float_info", floatInfo());
  dictSetStr(d, "version", pyStr("3.11.2 (RTS Python)"));
  dictSetStr(d, "version_info", structSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"], [pyInt(3), pyInt(11), pyInt(2), pyStr("final"), pyInt(0)]));
  dictSetStr(d, "platform", pyStr("linux"));
  dictSetStr(d, "byteorder", pyStr("little"));
  dictSetStr(d, "path", new PyList(state.path.map((p) => pyStr(p))));
  dictSetStr(d, "modules", state.modulesDict);
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
  // (the interactive prompt shows a value by this: its repr on sys.stdout, and kept as builtins._)
  const displayhook = new PyBuiltin("displayhook", (args) => {
    const v = args[0];
    if (v === NONE) return NONE;
    dictSetStr(BUILTINS, "_", NONE);
    const out = dictGetStr(d, "stdout") ?? STDOUT;
    call(getAttr(out, "write"), [pyStr(repr(v) + "\n")], null);
    dictSetStr(BUILTINS, "_", v);
    return NONE;
  }, null, null);
  dictSetStr(d, "displayhook", displayhook);
  dictSetStr(d, "__displayhook__", displayhook);
  return m;
}

MODULE_FACTORIES.set("sys", makeSys);
