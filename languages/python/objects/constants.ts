// Literal constants as objects, and the code object wrapper the compiler
// stores among a function's constants.
import type { PyConst } from "../ast.ts";
import type { Code } from "../code.ts";
import { intFromDecimal } from "./numbers.ts";
import { ELLIPSIS, NONE, TRUE, FALSE, CODE_TYPE, PyObject, pyBytes, pyFloat, pyStr, type PyType } from "./model.ts";

/** A code object as a value (a constant of the function or module that makes functions from it). */
export class PyCodeObject extends PyObject {
  constructor(readonly code: Code) {
    super();
  }
  getType(): PyType {
    return CODE_TYPE;
  }
}

export function constantObject(c: PyConst): PyObject {
  switch (c.t) {
    case "None":
      return NONE;
    case "Ellipsis":
      return ELLIPSIS;
    case "bool":
      return c.value ? TRUE : FALSE;
    case "int":
      return intFromDecimal(c.digits);
    case "float":
      return pyFloat(c.value);
    case "complex":
      throw new Error("complex numbers are not supported");
    case "str":
      return pyStr(c.value);
    case "bytes":
      return pyBytes(c.value);
  }
}
