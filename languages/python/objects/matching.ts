// The run-time tests of `match` patterns: which subjects sequence and
// mapping patterns accept, the values of a mapping pattern's keys, the
// attributes a class pattern extracts (positional ones through
// __match_args__, the subject itself for the builtin types), and `**rest`.
import { typeError } from "./exceptions.ts";
import { NONE, PyDict, PyInstance, PyObject, PyStr, PyTuple, PyType, pyTuple } from "./model.ts";
import { getItem, contains } from "./items.ts";
import { lookupAttr, typeName } from "./ops.ts";
import { dictCopy, dictGet, dictPop } from "./dict.ts";


/** The builtin types whose instances a sequence pattern matches (and their subclasses): CPython's Py_TPFLAGS_SEQUENCE. */
const SEQUENCE_TYPES = new Set<string>(["list", "tuple", "range", "deque", "array", "memoryview"]);
/** The builtin types a class pattern with one positional sub-pattern matches as a whole. */
const SELF_MATCHING = new Set<string>(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

export function isMatchSequence(o: PyObject): boolean {
  for (const t of o.getType().mro) if (SEQUENCE_TYPES.has(t.name) && (t.isBuiltin || t.name === "deque" || t.name === "array")) return true;
  return false;
}

export function isMatchMapping(o: PyObject): boolean {
  for (const t of o.getType().mro) if (t.isBuiltin && t.name === "dict") return true;
  return false;
}

/** The values of `keys` in the mapping, or None when one is missing. */
export function matchKeys(subject: PyObject, keys: PyObject[]): PyObject {
  const out: PyObject[] = [];
  for (const k of keys) {
    if (subject instanceof PyDict) {
      const v = dictGet(subject, k);
      if (v === null) return NONE;
      out.push(v);
    } else {
      if (!contains(subject, k)) return NONE;
      out.push(getItem(subject, k));
    }
  }
  return pyTuple(out);
}

export function dictWithoutKeys(subject: PyObject, keys: PyObject[]): PyDict {
  const d = subject instanceof PyDict ? dictCopy(subject) : dictCopy(subject instanceof PyInstance && subject.builtin instanceof PyDict ? subject.builtin : new PyDict());
  for (const k of keys) dictPop(d, k);
  return d;
}

/** The attributes a class pattern matches against, or None when the subject is not an instance (or lacks one). */
export function matchClass(subject: PyObject, cls: PyObject, positional: number, names: PyObject[]): PyObject {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a class");
  if (!subject.getType().isSubtypeOf(cls)) return NONE;
  const out: PyObject[] = [];
  if (positional > 0) {
    const selfMatching = cls.isBuiltin && SELF_MATCHING.has(cls.name);
    const args = lookupAttr(cls, "__match_args__");
    if (args === null && selfMatching) {
      if (positional > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${positional} given)`);
      out.push(subject);
    } else {
      const matchArgs = args === null ? [] : args instanceof PyTuple ? args.items : null;
      if (matchArgs === null) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(args!)})`);
      if (positional > matchArgs.length)
        throw typeError(`${cls.name}() accepts ${matchArgs.length} positional sub-pattern${matchArgs.length === 1 ? "" : "s"} (${positional} given)`);
      for (let i = 0; i < positional; i++) {
        const name = matchArgs[i];
        if (!(name instanceof PyStr)) throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        const v = lookupAttr(subject, name.value);
        if (v === null) return NONE;
        out.push(v);
      }
    }
  }
  for (const n of names) {
    const v = lookupAttr(subject, (n as PyStr).value);
    if (v === null) return NONE;
    out.push(v);
  }
  return pyTuple(out);
}


