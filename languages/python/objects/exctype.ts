// The exception types' methods: BaseException's construction (args kept
// whatever __init__ does), str/repr, the attributes (args, __traceback__,
// __cause__, __context__, __suppress_context__), and the extra ones of
// StopIteration, SystemExit, KeyError, OSError.
import {
  BaseException, BlockingIOError, BrokenPipeError, ChildProcessError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
  FileExistsError, FileNotFoundError, ImportError, InterruptedError, IsADirectoryError, KeyError, NotADirectoryError, OSError, PermissionError,
  ProcessLookupError, StopIteration, SystemExit, TimeoutError, typeError,
} from "./exceptions.ts";
import {
  EMPTY_TUPLE, NONE, OBJECT_TYPE, PyList, PyStr, PyBaseException, PyBuiltin, PyGetSet, PyInt, PyObject, PyStaticMethod, PyTuple, PyType, newBuiltinType,
  pyBool, pyInt, pyStr, pyTuple,
} from "./model.ts";
import { defGetter, defMethod, instanceAttr, repr, setAttr, str, typeName } from "./ops.ts";
import { newInstance } from "./objecttype.ts";
import { iterate } from "./items.ts";

function exc(o: PyObject): PyBaseException {
  if (o instanceof PyBaseException) return o;
  throw typeError(`descriptor requires a 'BaseException' object but received a '${typeName(o)}'`);
}

BaseException.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isException) throw typeError("BaseException.__new__(X): X is not a subtype of BaseException");
  const e = newInstance(cls) as PyBaseException;
  e.args = args.length > 1 ? pyTuple(args.slice(1)) : EMPTY_TUPLE;
  return e;
}, null, null)));
defMethod(BaseException, "__init__", (args) => {
  exc(args[0]).args = args.length > 1 ? pyTuple(args.slice(1)) : EMPTY_TUPLE;
  return NONE;
});

/** str(e) as BaseException gives it: '' / str(arg) / str(args). */
export function exceptionStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return str(e.args);
}

defMethod(BaseException, "__str__", (args) => pyStr(exceptionStr(exc(args[0]))));
defMethod(BaseException, "__repr__", (args) => {
  const e = exc(args[0]);
  const a = e.args.items;
  const name = e.cls.name;
  if (a.length === 1) return pyStr(`${name}(${repr(a[0])})`);
  return pyStr(`${name}${a.length === 0 ? "()" : repr(e.args)}`);
});
defMethod(BaseException, "with_traceback", (args) => args[0]);
defMethod(BaseException, "add_note", (args) => {
  const note = args[1];
  if (!(note instanceof PyStr)) throw typeError(`note must be a str, not '${typeName(note)}'`);
  exc(args[0]).notes.push(note.value);
  return NONE;
});
defGetter(BaseException, "__notes__", (o) => new PyList(exc(o).notes.map((n) => pyStr(n))));
BaseException.dict.set("args", new PyGetSet("args", (o) => exc(o).args, (o, v) => {
  exc(o).args = v instanceof PyTuple ? v : pyTuple(v === null ? [] : iterate(v));
}));
BaseException.dict.set("__traceback__", new PyGetSet("__traceback__", (o) => (exc(o).traceback === null ? NONE : new TracebackValue(exc(o))), (o, v) => {
  if (v === NONE) exc(o).traceback = null;
}));
BaseException.dict.set("__cause__", new PyGetSet("__cause__", (o) => exc(o).cause ?? NONE, (o, v) => {
  const e = exc(o);
  e.cause = v === NONE || v === null ? null : v;
  e.suppressContext = true;
}));
BaseException.dict.set("__context__", new PyGetSet("__context__", (o) => exc(o).context ?? NONE, (o, v) => {
  exc(o).context = v === NONE || v === null ? null : v;
}));
BaseException.dict.set("__suppress_context__", new PyGetSet("__suppress_context__", (o) => pyBool(exc(o).suppressContext), (o, v) => {
  exc(o).suppressContext = v instanceof PyInt && v.value !== 0;
}));

/** e.__traceback__: an opaque object (tracebacks print from the exception itself). */
class TracebackValue extends PyObject {
  constructor(readonly e: PyBaseException) {
    super();
  }
  getType(): PyType {
    return TRACEBACK_TYPE;
  }
}
const TRACEBACK_TYPE = newBuiltinType("traceback", [OBJECT_TYPE]);
TRACEBACK_TYPE.instantiable = false;
defGetter(TRACEBACK_TYPE, "tb_lineno", (o) => pyInt((o as TracebackValue).e.traceback!.line));

defGetter(StopIteration, "value", (o) => {
  const a = exc(o).args.items;
  return a.length > 0 ? a[0] : NONE;
});
defGetter(SystemExit, "code", (o) => {
  const a = exc(o).args.items;
  return a.length === 0 ? NONE : a.length === 1 ? a[0] : exc(o).args;
});
defMethod(KeyError, "__str__", (args) => {
  const e = exc(args[0]);
  return pyStr(e.args.items.length === 1 ? repr(e.args.items[0]) : exceptionStr(e));
});
defMethod(OSError, "__str__", (args) => {
  const e = exc(args[0]);
  const a = e.args.items;
  if (a.length === 2) {
    const base = `[Errno ${str(a[0])}] ${str(a[1])}`;
    const file = instanceAttr(e, "filename");
    const file2 = instanceAttr(e, "filename2");
    if (file === null || file === NONE) return pyStr(base);
    return pyStr(file2 === null || file2 === NONE ? `${base}: ${repr(file)}` : `${base}: ${repr(file)} -> ${repr(file2)}`);
  }
  return pyStr(exceptionStr(e));
});
/** The OSError subclass CPython makes for an errno (Linux's numbers), or null: OSError(2, 'x') is a FileNotFoundError. */
export function osErrorClass(errno: number): PyType | null {
  switch (errno) {
    case 1: case 13: return PermissionError; // EPERM, EACCES
    case 2: return FileNotFoundError; // ENOENT
    case 3: return ProcessLookupError; // ESRCH
    case 4: return InterruptedError; // EINTR
    case 10: return ChildProcessError; // ECHILD
    case 11: case 114: case 115: return BlockingIOError; // EAGAIN, EALREADY, EINPROGRESS
    case 17: return FileExistsError; // EEXIST
    case 20: return NotADirectoryError; // ENOTDIR
    case 21: return IsADirectoryError; // EISDIR
    case 32: case 108: return BrokenPipeError; // EPIPE, ESHUTDOWN
    case 103: return ConnectionAbortedError; // ECONNABORTED
    case 104: return ConnectionResetError; // ECONNRESET
    case 110: return TimeoutError; // ETIMEDOUT
    case 111: return ConnectionRefusedError; // ECONNREFUSED
    default: return null;
  }
}
OSError.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
  let cls = args[0] as PyType;
  if (cls === OSError && args.length >= 3 && args[1] instanceof PyInt) cls = osErrorClass(args[1].value) ?? OSError;
  const e = newInstance(cls) as PyBaseException;
  osErrorArgs(e, args);
  return e;
}, null, null)));
// (OSError(errno, strerror, filename[, winerror[, filename2]]): args keeps the first two, as CPython's)
defMethod(OSError, "__init__", (args) => {
  osErrorArgs(exc(args[0]), args);
  return NONE;
});
OSError.dict.set("filename", NONE);
OSError.dict.set("filename2", NONE);
function osErrorArgs(e: PyBaseException, args: PyObject[]): void {
  const a = args.slice(1);
  if (a.length >= 3 && a.length <= 5) {
    e.args = pyTuple(a.slice(0, 2));
    setAttr(e, "filename", a[2]);
    if (a.length === 5) setAttr(e, "filename2", a[4]);
  } else e.args = pyTuple(a);
}
// ImportError(msg, name=..., path=...): the module's name and file (None by default)
ImportError.dict.set("name", NONE);
ImportError.dict.set("path", NONE);
defMethod(ImportError, "__init__", (args, kw) => {
  exc(args[0]).args = args.length > 1 ? pyTuple(args.slice(1)) : EMPTY_TUPLE;
  if (kw !== null) kw.names.forEach((n, i) => {
    if (n !== "name" && n !== "path") throw typeError(`'${n}' is an invalid keyword argument for ${typeName(args[0])}()`);
    setAttr(args[0], n, kw.values[i]);
  });
  return NONE;
});
defGetter(OSError, "errno", (o) => (exc(o).args.items.length >= 2 ? exc(o).args.items[0] : NONE));
defGetter(OSError, "strerror", (o) => (exc(o).args.items.length >= 2 ? exc(o).args.items[1] : NONE));

export function exceptionMessage(e: PyBaseException): string {
  const m = e.cls.lookup("__str__");
  if (m === null) return exceptionStr(e);
  return str(e);
}
