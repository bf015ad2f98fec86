// Value unions (rts/rlib/values): a primitive that flows where other kinds
// of values go is boxed, and the operations JavaScript defines on any value
// — typeof, ===, truthiness — dispatch on the box classes there.  The
// annotator makes the union (model.ts valueUnion); TypeScript's narrowing
// unboxes (frontend `unbox` ops); this file is the low-level side.
import { Constant, SpaceOperation, Variable, type Value } from "../flow/model.ts";
import { OBJECT_BOX_KINDS, type BoxKind } from "../flow/descriptors.ts";
import { SomeBool, SomeFloat, SomeInstance, SomeStr, boxKindOf, mayBeBoxed, type SomeValue } from "../annotator/model.ts";
import { Float, isOpt, type LLType } from "./lltypes.ts";
import type { LLBuilder, RTyper } from "./rtyper.ts";
import { metaConstant, voidResult, zeroOf } from "./values.ts";
import { strConst } from "./lower-conversions.ts";

const VALUES = "rts/rlib/values";

/** The box a value of low-level type `t` goes into, or null (not a primitive). */
export function boxKindOfType(t: LLType): BoxKind | null {
  switch (t.k) {
    case "Signed":
    case "Float":
    case "OptSigned":
    case "OptFloat":
      return "number";
    case "Bool":
    case "OptBool":
      return "boolean";
    case "Str":
      return "string";
    case "List":
      return "array";
    case "Map":
      return t.isSet ? "set" : t.dict ? "dict" : "map";
    case "Inst":
      // a function value (a closure)
      return !t.values && (t.layout.cls.isClosureRoot || t.layout.cls.closureOf) ? "function" : null;
  }
  return null;
}

/** What the helpers of rts/rlib/values take: any instance, null or undefined (one annotation, so one graph). */
function anyValue(rt: RTyper): SomeInstance {
  return new SomeInstance(rt.an.fe.objectRoot, true, null, true);
}

/** The canonical annotations of the optional primitives the boxing helpers take. */
const OPTIONAL_OF: Partial<Record<BoxKind, SomeValue>> = {
  number: new SomeFloat(false, false, false, true, true),
  string: new SomeStr(true, true),
  boolean: new SomeBool(true, true),
};
const OPTIONAL_BOXER: Record<BoxKind, string> = {
  number: "boxOptNumber", string: "boxOptString", boolean: "boxOptBoolean", function: "boxOptFunction", array: "boxOptArray", map: "boxOptMap", set: "boxOptSet", dict: "boxOptDict",
};
const OPTIONAL_UNBOXER: Record<BoxKind, string> = {
  number: "unboxOptNumber", string: "unboxOptString", boolean: "unboxOptBoolean", function: "unboxOptFunction", array: "unboxOptArray", map: "unboxOptMap", set: "unboxOptSet", dict: "unboxOptDict",
};

/**
 * `v` (a primitive of type `from`) boxed, for a place of instance type: a new
 * box, or for a value that may be null or undefined a helper that keeps those.
 */
export function boxValue(rt: RTyper, v: Variable, from: LLType, emit: (op: SpaceOperation) => void): Value {
  const kind = boxKindOfType(from)!;
  const a = v.annotation as SomeValue | undefined;
  const byReference = OBJECT_BOX_KINDS.has(kind);
  if (isOpt(from) || ((from.k === "Str" || byReference) && a?.maybeNullish)) {
    // (an object's helper is specialized for what it boxes)
    const f = rt.helper(OPTIONAL_BOXER[kind], [byReference ? a! : OPTIONAL_OF[kind]!], VALUES);
    const arg = rt.convertValue(v, f.argTypes[0], emit);
    const r = new Variable("box");
    r.concretetype = f.resultType;
    emit(new SpaceOperation("direct_call", [metaConstant(f), arg], r));
    return r;
  }
  const layout = rt.layoutOf(rt.an.fe.valueBoxClass(kind));
  const box = new Variable("box");
  box.concretetype = { k: "Inst", layout };
  emit(new SpaceOperation("malloc", [metaConstant(layout)], box));
  const payload = rt.convertValue(v, layout.field("value").type, emit);
  emit(new SpaceOperation("setfield", [box, metaConstant("value"), payload], voidResult()));
  return box;
}

/** A call of the helper `name` of rts/rlib/values for arguments annotated `anns`. */
function callHelper(ll: LLBuilder, name: string, args: Value[], anns: SomeValue[]): Value {
  const f = ll.rt.helper(name, anns, VALUES);
  return ll.genop("direct_call", [ll.meta(f), ...args.map((v, i) => ll.convert(v, f.argTypes[i]))], f.resultType);
}

/** A call of a helper of rts/rlib/values on any values (the leading arguments), then `rest` as annotated. */
function callValues(ll: LLBuilder, name: string, args: Value[], rest: SomeValue[] = []): Value {
  const n = args.length - rest.length;
  // (a primitive among the values is boxed first: `v === "two"`)
  const values: LLType = { k: "Inst", layout: ll.rt.layoutOf(ll.rt.an.fe.objectRoot), values: true };
  const boxed = args.map((v, i) => (i < n ? ll.convert(v, values) : v));
  return callHelper(ll, name, boxed, [...args.slice(0, n).map(() => anyValue(ll.rt)), ...rest]);
}

/** `typeof x`. */
export function lowerTypeof(ll: LLBuilder, x: Value, a: SomeValue): void {
  // (a value that may be a symbol, among other objects or not: "symbol" for it)
  const symbol = ll.rt.an.fe.symbolClass();
  if (mayBeBoxed(a) || (a instanceof SomeInstance && [...a.roots()].some((c) => symbol.isSubclassOf(c)))) return ll.result(callValues(ll, "typeofValue", [x]));
  const kind = boxKindOf(a) ?? (a.kind === "func" ? "function" : a.kind === "none" ? null : "object");
  if (kind === null) {
    // only null and/or undefined
    if (!(a.nullable && a.undef)) return ll.result(strConst(a.nullable ? "object" : "undefined"));
    return ll.result(callHelper(ll, "typeofNullable", [x, strConst("object")], [a, new SomeStr()]));
  }
  if (!a.maybeNullish) return ll.result(strConst(kind));
  ll.result(callHelper(ll, "typeofNullable", [x, strConst(kind)], [a, new SomeStr()]));
}

/**
 * `Array.isArray(x)`, `x instanceof Map`, `x instanceof Set`: a value of
 * that kind is one (when not null), a value union holds one in its box,
 * nothing else is (an object used as a map is no Map).
 */
export function lowerIsKind(ll: LLBuilder, x: Value, a: SomeValue, kind: BoxKind): void {
  if (mayBeBoxed(a)) return ll.result(callValues(ll, "valueKindIs", [x, strConst(kind)], [new SomeStr()]));
  if (boxKindOf(a) !== kind) return ll.result(ll.meta(false));
  if (!a.maybeNullish) return ll.result(ll.meta(true));
  ll.finish("ptr_nonzero", [x]);
}

/**
 * `x === y` / `x !== y` where a value union is compared: boxes by their
 * values, instances by identity.  False when neither side may be a box.
 */
export function valueEquality(ll: LLBuilder, negate: boolean, x: Value, y: Value, a: SomeValue, b: SomeValue): boolean {
  if (!mayBeBoxed(a) && !mayBeBoxed(b)) return false;
  if (a.kind === "none" || b.kind === "none") return false; // v === null: identity (lower-optional.ts)
  const [v, w, wa] = mayBeBoxed(a) ? [x, y, b] : [y, x, a];
  let eq: Value;
  const kind = boxKindOf(wa);
  if (kind && !OBJECT_BOX_KINDS.has(kind) && !wa.maybeNullish && !(w instanceof Constant)) {
    // v === 3.5, v === name: the other side unboxed
    const name = ({ number: "valueIsNumber", string: "valueIsString", boolean: "valueIsBoolean" } as Record<string, string>)[kind];
    const plain = kind === "number" ? ll.convert(w, Float) : w;
    eq = callValues(ll, name, [v, plain], [kind === "number" ? new SomeFloat() : kind === "string" ? new SomeStr() : new SomeBool()]);
  } else {
    eq = callValues(ll, "valuesEqual", [v, w]);
  }
  if (negate) ll.finish("bool_not", [eq]);
  else ll.result(eq);
  return true;
}

/** `if (x)`, `!x` of a value union: JavaScript's truthiness of the boxed primitive. */
export function valueTruth(ll: LLBuilder, x: Value, a: SomeValue): Value | null {
  return mayBeBoxed(a) ? callValues(ll, "valueTruthy", [x]) : null;
}

/**
 * `unbox(x, kind)`: TypeScript narrowed a value union to one primitive
 * type (`typeof v === "number"`): the box's value, after a checked cast.
 */
export function lowerUnbox(ll: LLBuilder, x: Value, a: SomeValue, kind: BoxKind, keepNullish: boolean): void {
  const to = ll.resultType;
  // (a value the annotator knows is of another kind, or a union without that box: the test before it never passes; any value of the type will do)
  const result = ll.hl.result.annotation as SomeValue | undefined;
  if (!result || result.kind === "impossible") return ll.result(zeroOf(to));
  if (!(a instanceof SomeInstance) && a.kind !== "none" && boxKindOf(a) !== kind) return ll.result(zeroOf(to));
  if (!(a instanceof SomeInstance) || to.k === "NullPtr") return ll.result(ll.convert(x, to));
  if (keepNullish && a.maybeNullish) {
    // `string | null`: null and undefined stay, a box gives its value
    return ll.result(ll.convert(callValues(ll, OPTIONAL_UNBOXER[kind], [x]), to));
  }
  const layout = ll.rt.layoutOf(ll.rt.an.fe.valueBoxClass(kind));
  const present = a.maybeNullish ? ll.genop("check_nonnull", [x], ll.rt.lltype(a.withFlags(false, false))) : x;
  const box = ll.genop("checked_cast", [present, ll.meta(layout)], { k: "Inst", layout });
  const value = ll.genop("getfield", [box, ll.meta("value")], layout.field("value").type);
  ll.result(ll.convert(value, to));
}
