// The set objects themselves: the PySet class (the table's fields), its
// iterator and the type objects.  This module imports only model.ts, so
// the types exist before any module of the import cycles around ops.ts
// registers methods on them (set-table.ts and set-algebra.ts have the
// algorithms, set.ts the Python methods).
import { OBJECT_TYPE, PyInstance, PyObject, PyType, newBuiltinType } from "./model.ts";

export const SET_TYPE = newBuiltinType("set", [OBJECT_TYPE]);
export const FROZENSET_TYPE = newBuiltinType("frozenset", [OBJECT_TYPE]);
export const SET_ITERATOR_TYPE = newBuiltinType("set_iterator", [OBJECT_TYPE]);
SET_ITERATOR_TYPE.instantiable = false;

/** The key of a deleted entry (CPython's dummy): never a Python object. */
export class SetDummy extends PyObject {
  getType(): PyType {
    throw new Error("the set's dummy key is not a Python object");
  }
}
export const DUMMY = new SetDummy();

export const MINSIZE = 8;

export function emptyKeys(n: number): (PyObject | null)[] {
  return new Array<PyObject | null>(n).fill(null);
}

/** A set or frozenset (an instance of a subclass is a PyInstance whose `builtin` is one). */
export class PySet extends PyObject {
  /** The table: null for an unused slot, DUMMY for a deleted one. */
  keys: (PyObject | null)[] = emptyKeys(MINSIZE);
  /** The keys' 64-bit hashes (high and low words; -1, -1 for a dummy). */
  hashHi: Int32Array = new Int32Array(MINSIZE);
  hashLo: Int32Array = new Int32Array(MINSIZE);
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: the size. */
  used = 0;
  mask = MINSIZE - 1;
  /** Where pop() looks first. */
  finger = 0;
  /** A frozenset's hash, once computed. */
  hashValid = false;
  cachedHi = 0;
  cachedLo = 0;

  constructor(readonly frozen: boolean) {
    super();
  }

  getType(): PyType {
    return this.frozen ? FROZENSET_TYPE : SET_TYPE;
  }
}

/** The set or frozenset value of o (itself, or the builtin value of an instance of a subclass), or null: CPython's PyAnySet_Check. */
export function asSet(o: PyObject): PySet | null {
  if (o instanceof PySet) return o;
  if (o instanceof PyInstance && o.builtin instanceof PySet) return o.builtin;
  return null;
}

/** A set's iterator: by slot, failing if the set's size changes (setiterobject). */
export class PySetIterator extends PyObject {
  set: PySet | null;
  used: number;
  pos = 0;
  remaining: number;
  constructor(s: PySet) {
    super();
    this.set = s;
    this.used = s.used;
    this.remaining = s.used;
  }
  getType(): PyType {
    return SET_ITERATOR_TYPE;
  }
}
