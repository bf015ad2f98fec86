// sys.stdout and sys.stderr: objects with write() and flush() over the
// process's file descriptors (print() writes to the fd directly while
// sys.stdout is still the original object).
import { write } from "rts/rlib/os";
import { typeError } from "./exceptions.ts";
import { FALSE, NONE, OBJECT_TYPE, PyObject, PyStr, PyType, newBuiltinType, pyInt } from "./model.ts";
import { defMethod, typeName } from "./ops.ts";

/** sys.stdout and sys.stderr as objects (write/flush); print() writes straight to the fd while they are these. */
export class PyStdStream extends PyObject {
  constructor(readonly fd: number) {
    super();
  }
  getType(): PyType {
    return STD_STREAM_TYPE;
  }
}
export const STD_STREAM_TYPE = newBuiltinType("TextIOWrapper", [OBJECT_TYPE]);
STD_STREAM_TYPE.instantiable = false;
defMethod(STD_STREAM_TYPE, "write", (args) => {
  const s = args[1];
  if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${typeName(s)}`);
  write((args[0] as PyStdStream).fd, s.value);
  return pyInt(s.length);
});
defMethod(STD_STREAM_TYPE, "flush", () => NONE);
defMethod(STD_STREAM_TYPE, "isatty", () => FALSE);
export const STDOUT = new PyStdStream(1);
export const STDERR = new PyStdStream(2);
/** The object print() writes to by default (sys.stdout). */
export const streams = { stdout: STDOUT as PyObject, stderr: STDERR as PyObject };
