// The sys module: argv, exit, the standard streams, the recursion limit,
// modules and path, and the constants programs read (maxsize, version).
import { state } from "../frame.ts";
import { SystemExit, newException } from "../objects/exceptions.ts";
import { NONE, OBJECT_TYPE, PyBuiltin, PyError, PyInstance, PyList, PyModule, PyObject, newBuiltinType, pyFloat, pyInt, pyStr, pyTuple } from "../objects/model.ts";
import { dictSetStr } from "../objects/dict.ts";
import { setInstanceAttr } from "../objects/ops.ts";
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

/** sys.float_info: the double format's limits, as attributes. */
function floatInfo(): PyObject {
  const t = newBuiltinType("sys.float_info", [OBJECT_TYPE]);
  const o = new PyInstance(t);
  const set = (n: string, v: PyObject): void => setInstanceAttr(o, n, v);
  set("max", pyFloat(1.7976931348623157e308));
  set("max_exp", pyInt(1024));
  set("max_10_exp", pyInt(308));
  set("min", pyFloat(2.2250738585072014e-308));
  set("min_exp", pyInt(-1021));
  set("min_10_exp", pyInt(-307));
  set("dig", pyInt(15));
  set("mant_dig", pyInt(53));
  set("epsilon", pyFloat(2.220446049250313e-16));
  set("radix", pyInt(2));
  set("rounds", pyInt(1));
  return o;
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
  dictSetStr(d, "version_info", pyTuple([pyInt(3), pyInt(11), pyInt(2), pyStr("final"), pyInt(0)]));
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
  return m;
}

MODULE_FACTORIES.set("sys", makeSys);
