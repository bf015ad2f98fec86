// Annotations of the objects module-level code built (prebuilt constants):
// arrays, tuples, typed arrays, Maps and Sets, JIT drivers and class
// instances, whose contents flow into the shared records (list items, map
// keys and values, fields) as the program's own stores do.
import type { ts } from "ts-morph";
import { prebuiltField, type ClassDesc } from "../flow/descriptors.ts";
import type { Frontend } from "../frontend/frontend.ts";
import { M } from "../diagnostics/messages.ts";
import { JitDriver } from "../rlib/jit.ts";
import { ListDef, MapDef, SomeInstance, SomeJitDriver, SomeList, SomeMap, SomeTyped, type SomeValue } from "./model.ts";
import type { Annotator } from "./annotator.ts";

/** Annotation of an object built at init time; its contents flow into the shared records. */
export function prebuiltAnnotation(an: Annotator, x: object, t: ts.Type | undefined): SomeValue {
  const known = an.prebuilt.get(x);
  if (known) return known;
  const checker = an.fe.checker;
  const nt = t && checker.getNonNullableType(t);
  const typeArg = (i: number): ts.Type | undefined => (nt ? checker.getTypeArguments(nt as ts.TypeReference)[i] : undefined);
  if (Array.isArray(x) && nt && checker.isTupleType(nt)) {
    // a tuple built at init time: an instance of the tuple's class
    const cls = an.fe.types.tupleClass(nt, an.fe.entry);
    an.fe.prebuiltTuples.set(x, cls);
    const a = new SomeInstance(cls, false);
    an.prebuilt.set(x, a);
    an.usedClasses.add(cls);
    x.forEach((item, i) => an.generalizeField(cls.lookupField(`i${i}`)!, an.constantAnnotation(item, typeArg(i))));
    return a;
  }
  if (x instanceof RegExp) {
    // a RegExp made at init time: the Regex of the same pattern (and lastIndex), compiled now
    const a = prebuiltAnnotation(an, an.fe.prebuiltRegex(x), undefined);
    an.prebuilt.set(x, a);
    return a;
  }
  if (x instanceof JitDriver) {
    const a = new SomeJitDriver(x);
    an.prebuilt.set(x, a);
    return a;
  }
  if (Array.isArray(x)) {
    const def = new ListDef();
    const a = new SomeList(def, false);
    an.prebuilt.set(x, a);
    const itemType = nt && checker.isArrayType(nt) ? typeArg(0) : undefined;
    for (const item of x) an.generalizeList(a, an.constantAnnotation(item, itemType));
    return a;
  }
  if (x instanceof Uint8Array || x instanceof Int32Array || x instanceof Float64Array) {
    const a = new SomeTyped(x instanceof Uint8Array ? "u8" : x instanceof Int32Array ? "i32" : "f64", false);
    an.prebuilt.set(x, a);
    return a;
  }
  if (x instanceof Map || x instanceof Set) {
    const isSet = x instanceof Set;
    const first = isSet ? [...x][0] : [...(x as Map<unknown, unknown>).keys()][0];
    const def = new MapDef(isSet, first === undefined || first === null ? null : typeof first === "string" ? "str" : typeof first === "object" ? "ref" : "int");
    const a = new SomeMap(def, false);
    an.prebuilt.set(x, a);
    if (isSet) for (const k of x as Set<unknown>) an.generalizeMap(a, an.constantAnnotation(k), null);
    else for (const [k, v] of x as Map<unknown, unknown>) an.generalizeMap(a, an.constantAnnotation(k), an.constantAnnotation(v, typeArg(1)));
    return a;
  }
  if (nt && Object.getPrototypeOf(x) === Object.prototype && an.fe.types.isDictType(nt)) {
    // an object used as a map (Record<string, T>): a Map<string, T> (rts/rlib/dicts)
    const def = new MapDef(false, "str");
    def.dict = true;
    const a = new SomeMap(def, false);
    an.prebuilt.set(x, a);
    const valueType = checker.getIndexInfosOfType(nt)[0]?.type;
    for (const [k, v] of Object.entries(x)) an.generalizeMap(a, an.constantAnnotation(k), an.constantAnnotation(v, valueType));
    return a;
  }
  // (typed by where it is held, else by the literal that made it: an interface with methods is no record type)
  const plain = Object.getPrototypeOf(x) === Object.prototype;
  const literalType = plain ? an.fe.literalTypeOf(x) : undefined;
  const record = plain ? ((nt && an.fe.records.prebuiltClass(x, nt)) || (literalType && an.fe.records.prebuiltClass(x, literalType)) || null) : null;
  if (record) an.fe.prebuiltRecords.set(x, record);
  const cls = record ?? classOfRuntime(an.fe, x);
  if (!cls) return an.failNow(M.unsupportedName, `a prebuilt ${(x as object).constructor?.name ?? "object"}`);
  const a = new SomeInstance(cls, false);
  an.prebuilt.set(x, a);
  an.usedClasses.add(cls);
  for (const f of cls.allFields()) {
    an.generalizeField(f, an.constantAnnotation(prebuiltField(x, f.name), f.declaredType ?? undefined));
  }
  return a;
}

/** The class of an object built at init time: its constructor's, a tuple's or a closure's. */
export function classOfRuntime(fe: Frontend, x: object): ClassDesc | null {
  if (typeof x === "function") return fe.functionOfRuntime(x)?.envClass ?? null;
  if (Array.isArray(x)) return fe.prebuiltTuples.get(x) ?? null;
  if (Object.getPrototypeOf(x) === Object.prototype) return fe.prebuiltRecords.get(x) ?? null;
  const ctor = (x as { constructor?: unknown }).constructor;
  return fe.allClasses.find((c) => c.runtimeClass === ctor) ?? null;
}
