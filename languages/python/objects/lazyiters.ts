// The builtins' lazy iterators — enumerate, zip, map, filter — as objects:
// items.ts's nextOrNull advances them (a module of their own so that it
// need not import the builtins).
import { OBJECT_TYPE, PyObject, type PyType, newBuiltinType } from "./model.ts";

export const ENUMERATE_TYPE = newBuiltinType("enumerate", [OBJECT_TYPE]);
export const ZIP_TYPE = newBuiltinType("zip", [OBJECT_TYPE]);
export const MAP_TYPE = newBuiltinType("map", [OBJECT_TYPE]);
export const FILTER_TYPE = newBuiltinType("filter", [OBJECT_TYPE]);

export class PyEnumerate extends PyObject {
  constructor(
    readonly it: PyObject,
    public count: number,
    /** The count when it is beyond the small ints (an enumerate started at 10**20), else null. */
    public bigCount: PyObject | null,
  ) {
    super();
  }
  getType(): PyType {
    return ENUMERATE_TYPE;
  }
}

export class PyZip extends PyObject {
  constructor(
    readonly its: PyObject[],
    readonly strict: boolean,
  ) {
    super();
  }
  getType(): PyType {
    return ZIP_TYPE;
  }
}

export class PyMap extends PyObject {
  constructor(
    readonly fn: PyObject,
    readonly its: PyObject[],
  ) {
    super();
  }
  getType(): PyType {
    return MAP_TYPE;
  }
}

export class PyFilter extends PyObject {
  constructor(
    readonly fn: PyObject,
    readonly it: PyObject,
  ) {
    super();
  }
  getType(): PyType {
    return FILTER_TYPE;
  }
}
