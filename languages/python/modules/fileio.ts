// The _fileio module: the descriptor operations io.open's file objects
// (lib/io.py FileIO) stand on — rts/rlib/os's files, with failures raised
// as CPython raises them: OSError(errno, strerror, filename), which its
// constructor makes the errno's subclass (FileNotFoundError, ...).
import { closeFile, currentDirectory, lastErrno, openFile, readBytes, removeFile, seekFile, truncateFile, writeBytes } from "rts/rlib/os";
import { OSError, newException, typeError } from "../objects/exceptions.ts";
import { osErrorClass } from "../objects/exctype.ts";
import { NONE, PyBuiltin, PyBytes, PyError, PyModule, PyObject, PyStr, pyInt, pyStr } from "../objects/model.ts";
import { dictSetStr } from "../objects/dict.ts";
import { toIndex } from "../objects/items.ts";
import { setAttr, typeName } from "../objects/ops.ts";
import { MODULE_FACTORIES, newModule } from "../runtime.ts";

/** Linux's strerror texts of the errors file operations give (glibc's wording). */
const STRERROR = new Map<number, string>([
  [1, "Operation not permitted"], [2, "No such file or directory"], [5, "Input/output error"], [9, "Bad file descriptor"],
  [11, "Resource temporarily unavailable"], [12, "Cannot allocate memory"], [13, "Permission denied"], [16, "Device or resource busy"],
  [17, "File exists"], [20, "Not a directory"], [21, "Is a directory"], [22, "Invalid argument"], [23, "Too many open files in system"],
  [24, "Too many open files"], [26, "Text file busy"], [27, "File too large"], [28, "No space left on device"], [29, "Illegal seek"],
  [30, "Read-only file system"], [31, "Too many links"], [32, "Broken pipe"], [36, "File name too long"], [39, "Directory not empty"],
  [40, "Too many levels of symbolic links"],
]);

export function strerror(errno: number): string {
  return STRERROR.get(errno) ?? `Unknown error ${errno}`;
}

/** The OSError subclass CPython raises for errno (with the file name when there is one). */
export function osError(errno: number, filename: PyObject | null): PyError {
  const e = newException(osErrorClass(errno) ?? OSError, [pyInt(errno), pyStr(strerror(errno))]);
  if (filename !== null) setAttr(e, "filename", filename);
  return new PyError(e);
}

function def(m: PyModule, name: string, fn: (args: PyObject[]) => PyObject): void {
  dictSetStr(m.dict, name, new PyBuiltin(name, (args) => fn(args), null, null));
}

function path(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(o)}`);
}

function checked(r: number, filename: PyObject | null): number {
  if (r < 0) throw osError(0 - r, filename); // (0 - r: -r of an int may be -0 to the annotator)
  return r;
}

function makeFileIO(): PyModule {
  const m = newModule("_fileio");
  // open(path, flags, mode) -> fd
  def(m, "open", (args) => pyInt(checked(openFile(path(args[0]), toIndex(args[1]), toIndex(args[2])), args[0])));
  // read(fd, n) -> bytes (b'' at the end)
  def(m, "read", (args) => {
    const data = readBytes(toIndex(args[0]), toIndex(args[1]));
    if (data === null) throw osError(lastErrno(), null);
    return new PyBytes(data);
  });
  // write(fd, data) -> the count written
  def(m, "write", (args) => {
    const data = args[1];
    if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
    return pyInt(checked(writeBytes(toIndex(args[0]), data.value), null));
  });
  def(m, "close", (args) => {
    checked(closeFile(toIndex(args[0])), null);
    return NONE;
  });
  // lseek(fd, offset, whence) -> the new position
  def(m, "lseek", (args) => pyInt(checked(seekFile(toIndex(args[0]), toIndex(args[1]), toIndex(args[2])), null)));
  def(m, "ftruncate", (args) => {
    checked(truncateFile(toIndex(args[0]), toIndex(args[1])), null);
    return NONE;
  });
  def(m, "remove", (args) => {
    checked(removeFile(path(args[0])), args[0]);
    return NONE;
  });
  def(m, "strerror", (args) => pyStr(strerror(toIndex(args[0]))));
  def(m, "getcwd", () => {
    const cwd = currentDirectory();
    // (getcwd fails when the directory was removed: ENOENT, as CPython says)
    if (cwd === null) throw osError(2, null);
    return pyStr(cwd);
  });
  return m;
}

MODULE_FACTORIES.set("_fileio", makeFileIO);
