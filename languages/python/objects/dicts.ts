// dict's methods and views (keys(), values(), items()), dict(...) and
// update() from mappings, pairs and keywords, and `{**a}` merging.
import { COMPARE_NAMES } from "../code.ts";
import { KeyError, keyError, pyError, typeError, valueError } from "./exceptions.ts";
import {
  DICT_TYPE, NONE, NOT_IMPLEMENTED, OBJECT_TYPE, PyClassMethod, PyDict, PyInstance, PyList, PyObject, PyStr, PyTuple, PyType, newBuiltinType,
  pyBool, pyInt, pyStr, pyTuple, KwArgs, PyBuiltin, PyStaticMethod,
} from "./model.ts";
import { call, callMethod, defMethod, eq, functionDescription, getAttr, repr, richCompare, typeName } from "./ops.ts";
import { dictClear, dictCopy, dictGet, dictKeys, dictPop, dictPopLast, dictSet, dictSetStr, newDict } from "./dict.ts";
import { getIter, iterate, nextOrNull, PyDictIterator } from "./items.ts";
import { wrapBuiltin } from "./lists.ts";
import { PySet, makeSet, setDifference, setIntersection, setIsDisjoint, setSymmetricDifference, setUnion } from "./set.ts";

export function asDict(o: PyObject): PyDict {
  if (o instanceof PyDict) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyDict) return o.builtin;
  throw typeError(`descriptor requires a 'dict' object but received a '${typeName(o)}'`);
}

function dictOrNull(o: PyObject): PyDict | null {
  if (o instanceof PyDict) return o;
  if (o instanceof PyInstance && o.builtin instanceof PyDict) return o.builtin;
  return null;
}

/** d.update(other): a dict, a mapping with keys(), or an iterable of pairs. */
export function dictUpdate(d: PyDict, other: PyObject): void {
  const od = dictOrNull(other);
  if (od !== null && other instanceof PyDict) {
    for (let i = 0; i < od.keys.length; i++) {
      const k = od.keys[i];
      if (k !== null) dictSet(d, k, od.values[i]!);
    }
    return;
  }
  if (other.getType().lookup("keys") !== null) {
    for (const k of iterate(call(getAttr(other, "keys"), [], null))) dictSet(d, k, getItemOf(other, k));
    return;
  }
  const it = getIter(other);
  let n = 0;
  for (;;) {
    const pair = nextOrNull(it);
    if (pair === null) return;
    const kv = pair instanceof PyTuple ? pair.items : pair instanceof PyList ? pair.items : iterateOrFail(pair, n);
    if (kv.length !== 2) throw valueError(`dictionary update sequence element #${n} has length ${kv.length}; 2 is required`);
    dictSet(d, kv[0], kv[1]);
    n++;
  }
}

function iterateOrFail(o: PyObject, n: number): PyObject[] {
  if (o.getType().lookup("__iter__") === null) throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
  return iterate(o);
}

function getItemOf(m: PyObject, k: PyObject): PyObject {
  const md = dictOrNull(m);
  if (md !== null && m instanceof PyDict) {
    const v = dictGet(md, k);
    if (v === null) throw keyError(k);
    return v;
  }
  return callMethod(m.getType().lookup("__getitem__")!, m, [k], null);
}

/** `f(**m)` merging into the keyword dict: a repeated key is a TypeError. */
export function dictMerge(d: PyDict, other: PyObject, func: PyObject): void {
  const keys = other instanceof PyDict ? dictKeys(other) : other.getType().lookup("keys") !== null ? iterate(call(getAttr(other, "keys"), [], null)) : null;
  if (keys === null) throw typeError(`${functionDescription(func)} argument after ** must be a mapping, not ${typeName(other)}`);
  for (const k of keys) {
    if (dictGet(d, k) !== null) throw typeError(`${functionDescription(func)} got multiple values for keyword argument '${k instanceof PyStr ? k.value : repr(k)}'`);
    dictSet(d, k, getItemOf(other, k));
  }
}



// ---- views -----------------------------------------------------------------------------------------

export const DICT_KEYS_TYPE = newBuiltinType("dict_keys", [OBJECT_TYPE]);
export const DICT_VALUES_TYPE = newBuiltinType("dict_values", [OBJECT_TYPE]);
export const DICT_ITEMS_TYPE = newBuiltinType("dict_items", [OBJECT_TYPE]);

/** keys() (0), values() (1) or items() (2) of a dict: live views. */
export class PyDictView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly kind: number,
  ) {
    super();
  }
  getType(): PyType {
    return this.kind === 0 ? DICT_KEYS_TYPE : this.kind === 1 ? DICT_VALUES_TYPE : DICT_ITEMS_TYPE;
  }
}

function viewItems(v: PyDictView): PyObject[] {
  const d = v.dict;
  const out: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    out.push(v.kind === 0 ? k : v.kind === 1 ? d.values[i]! : pyTuple([k, d.values[i]!]));
  }
  return out;
}

function view(o: PyObject): PyDictView {
  if (o instanceof PyDictView) return o;
  throw typeError(`descriptor requires a dict view but received a '${typeName(o)}'`);
}

for (const t of [DICT_KEYS_TYPE, DICT_VALUES_TYPE, DICT_ITEMS_TYPE]) {
  t.instantiable = false;
  defMethod(t, "__iter__", (args) => new PyDictIterator(view(args[0]).dict, view(args[0]).kind, view(args[0]).dict.used));
  defMethod(t, "__len__", (args) => pyInt(view(args[0]).dict.used));
  defMethod(t, "__repr__", (args) => pyStr(`${args[0].getType().name}([${viewItems(view(args[0])).map((x) => repr(x)).join(", ")}])`));
  defMethod(t, "__reversed__", (args) => getIter(new PyList(viewItems(view(args[0])).reverse())));
  defMethod(t, "__contains__", (args) => {
    const v = view(args[0]);
    if (v.kind === 0) return pyBool(dictGet(v.dict, args[1]) !== null);
    if (v.kind === 2) {
      const kv = args[1];
      if (!(kv instanceof PyTuple) || kv.items.length !== 2) return pyBool(false);
      const got = dictGet(v.dict, kv.items[0]);
      return pyBool(got !== null && eq(got, kv.items[1]));
    }
    for (const x of viewItems(v)) if (eq(x, args[1])) return pyBool(true);
    return pyBool(false);
  });
}
/** keys() & other, | ^ - and the reflected forms (data: 0 and, 1 or, 2 xor, 3 sub; + 10 reflected): sets. */
function viewSetOp(args: PyObject[], _kw: KwArgs | null, data: number): PyObject {
  const mine = makeSet(false, args[0]);
  if (args[1].getType().lookup("__iter__") === null) return NOT_IMPLEMENTED;
  const other = makeSet(false, args[1]);
  const [a, b] = data >= 10 ? [other, mine] : [mine, other];
  switch (data % 10) {
    case 0:
      return setIntersection(a, b);
    case 1:
      return setUnion(a, [b]);
    case 2:
      return setSymmetricDifference(a, b);
  }
  return setDifference(a, b);
}
for (const t of [DICT_KEYS_TYPE, DICT_ITEMS_TYPE]) {
  defMethod(t, "__and__", viewSetOp, 0);
  defMethod(t, "__or__", viewSetOp, 1);
  defMethod(t, "__xor__", viewSetOp, 2);
  defMethod(t, "__sub__", viewSetOp, 3);
  defMethod(t, "__rand__", viewSetOp, 10);
  defMethod(t, "__ror__", viewSetOp, 11);
  defMethod(t, "__rxor__", viewSetOp, 12);
  defMethod(t, "__rsub__", viewSetOp, 13);
  defMethod(t, "isdisjoint", (args) => pyBool(setIsDisjoint(makeSet(false, args[0]), args[1])));
}

/** keys() and items() compare as sets with sets, frozensets and those views (data: a CompareOp). */
function viewCompare(args: PyObject[], _kw: KwArgs | null, op: number): PyObject {
  const b = args[1];
  if (!(b instanceof PySet) && !(b instanceof PyDictView && b.kind !== 1)) return NOT_IMPLEMENTED;
  return richCompare(makeSet(false, args[0]), makeSet(false, b), op);
}
for (const t of [DICT_KEYS_TYPE, DICT_ITEMS_TYPE]) {
  for (let op = 0; op < COMPARE_NAMES.length; op++) defMethod(t, COMPARE_NAMES[op], viewCompare, op);
}

// ---- dict's methods --------------------------------------------------------------------------------

const entries = (d: PyDict): [PyObject, PyObject][] => {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null) out.push([k, d.values[i]!]);
  }
  return out;
};

const reprActive: PyDict[] = [];

export function dictRepr(d: PyDict): string {
  if (reprActive.includes(d)) return "{...}";
  reprActive.push(d);
  try {
    return "{" + entries(d).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ") + "}";
  } finally {
    reprActive.pop();
  }
}

function missing(self: PyObject, d: PyDict, key: PyObject): PyObject {
  if (!(self instanceof PyDict)) {
    const m = self.getType().lookup("__missing__");
    if (m !== null) return callMethod(m, self, [key], null);
  }
  throw keyError(key);
}

defMethod(DICT_TYPE, "__getitem__", (args) => {
  const d = asDict(args[0]);
  const v = dictGet(d, args[1]);
  return v !== null ? v : missing(args[0], d, args[1]);
});
defMethod(DICT_TYPE, "__setitem__", (args) => {
  dictSet(asDict(args[0]), args[1], args[2]);
  return NONE;
});
defMethod(DICT_TYPE, "__delitem__", (args) => {
  if (dictPop(asDict(args[0]), args[1]) === null) throw keyError(args[1]);
  return NONE;
});
defMethod(DICT_TYPE, "__contains__", (args) => pyBool(dictGet(asDict(args[0]), args[1]) !== null));
defMethod(DICT_TYPE, "__len__", (args) => pyInt(asDict(args[0]).used));
defMethod(DICT_TYPE, "__iter__", (args) => new PyDictIterator(asDict(args[0]), 0, asDict(args[0]).used));
defMethod(DICT_TYPE, "__reversed__", (args) => getIter(new PyList(dictKeys(asDict(args[0])).reverse())));
defMethod(DICT_TYPE, "__repr__", (args) => pyStr(dictRepr(asDict(args[0]))));
defMethod(DICT_TYPE, "keys", (args) => new PyDictView(asDict(args[0]), 0));
defMethod(DICT_TYPE, "values", (args) => new PyDictView(asDict(args[0]), 1));
defMethod(DICT_TYPE, "items", (args) => new PyDictView(asDict(args[0]), 2));
/** A method's argument count (self not counted) within [min, max], as CPython checks it. */
function expectArgs(args: PyObject[], name: string, min: number, max: number): void {
  const n = args.length - 1;
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}
defMethod(DICT_TYPE, "get", (args) => {
  expectArgs(args, "get", 1, 2);
  const v = dictGet(asDict(args[0]), args[1]);
  return v !== null ? v : args.length > 2 ? args[2] : NONE;
});
defMethod(DICT_TYPE, "setdefault", (args) => {
  expectArgs(args, "setdefault", 1, 2);
  const d = asDict(args[0]);
  const v = dictGet(d, args[1]);
  if (v !== null) return v;
  const dflt = args.length > 2 ? args[2] : NONE;
  dictSet(d, args[1], dflt);
  return dflt;
});
defMethod(DICT_TYPE, "pop", (args) => {
  expectArgs(args, "pop", 1, 2);
  const v = dictPop(asDict(args[0]), args[1]);
  if (v !== null) return v;
  if (args.length > 2) return args[2];
  throw keyError(args[1]);
});
defMethod(DICT_TYPE, "popitem", (args) => {
  const kv = dictPopLast(asDict(args[0]));
  if (kv === null) throw pyError(KeyError, "popitem(): dictionary is empty");
  return pyTuple([kv[0], kv[1]]);
});
defMethod(DICT_TYPE, "clear", (args) => {
  dictClear(asDict(args[0]));
  return NONE;
});
defMethod(DICT_TYPE, "copy", (args) => dictCopy(asDict(args[0])));
defMethod(DICT_TYPE, "update", (args, kw) => {
  const d = asDict(args[0]);
  if (args.length > 2) throw typeError(`update expected at most 1 argument, got ${args.length - 1}`);
  if (args.length > 1) dictUpdate(d, args[1]);
  if (kw !== null) kw.names.forEach((n, i) => dictSetStr(d, n, kw.values[i]));
  return NONE;
});
defMethod(DICT_TYPE, "__init__", (args, kw) => {
  const d = asDict(args[0]);
  if (args.length > 2) throw typeError(`dict expected at most 1 argument, got ${args.length - 1}`);
  if (args.length > 1) dictUpdate(d, args[1]);
  if (kw !== null) kw.names.forEach((n, i) => dictSetStr(d, n, kw.values[i]));
  return NONE;
});
defMethod(DICT_TYPE, "__eq__", (args) => {
  const a = asDict(args[0]);
  const b = dictOrNull(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  return pyBool(dictEquals(a, b));
});
defMethod(DICT_TYPE, "__ne__", (args) => {
  const a = asDict(args[0]);
  const b = dictOrNull(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  return pyBool(!dictEquals(a, b));
});
defMethod(DICT_TYPE, "__or__", (args) => {
  const b = dictOrNull(args[1]);
  if (b === null) return NOT_IMPLEMENTED;
  const r = dictCopy(asDict(args[0]));
  dictUpdate(r, b);
  return r;
});
defMethod(DICT_TYPE, "__ior__", (args) => {
  dictUpdate(asDict(args[0]), args[1]);
  return args[0];
});
DICT_TYPE.dict.set("fromkeys", new PyClassMethod(new PyBuiltin("fromkeys", (args) => {
  const d = call(args[0], [], null);
  const value = args.length > 2 ? args[2] : NONE;
  for (const k of iterate(args[1])) {
    if (d instanceof PyDict) dictSet(d, k, value);
    else callMethod(d.getType().lookup("__setitem__")!, d, [k, value], null);
  }
  return d;
}, null, null)));

function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (const [k, v] of entries(a)) {
    const w = dictGet(b, k);
    if (w === null || !(w === v || eq(v, w))) return false;
  }
  return true;
}

DICT_TYPE.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => wrapBuiltin(args[0] as PyType, DICT_TYPE, newDict()), null, null)));

export function dictFromKw(kw: KwArgs | null): PyDict {
  const d = newDict();
  if (kw !== null) kw.names.forEach((n, i) => dictSetStr(d, n, kw.values[i]));
  return d;
}
