// Low-level types (RPython's lltype): what a value is in the translated
// program.  Primitives are machine values; everything else is a pointer to
// a GC object whose layout the backend knows (strings, lists, typed arrays,
// maps, class instances).
import type { ClassDesc, FieldDesc, FunctionDesc } from "../flow/descriptors.ts";
import type { TypedKind } from "../annotator/model.ts";
import { layoutStruct, storageOf, type StructLayout } from "./layout.ts";

export type LLType =
  | { k: "Signed" }
  | { k: "Float" }
  | { k: "Bool" }
  // a primitive that may also be undefined or null: the same machine value with
  // sentinels that no real value has (docs/internals.md, "Null and undefined")
  | { k: "OptSigned" }
  | { k: "OptFloat" }
  | { k: "OptBool" }
  | { k: "Void" }
  | { k: "NullPtr" } // only ever null: a pointer of no particular type
  | { k: "Str" }
  | { k: "List"; item: LLType }
  | { k: "Typed"; elem: TypedKind }
  | { k: "Map"; key: LLType; value: LLType; isSet: boolean; dict?: boolean }
  | { k: "MapIter"; map: LLType }
  // values: a value union, whose primitives are boxed (rts/rlib/values)
  | { k: "Inst"; layout: ClassLayout; values?: boolean };

export const Signed: LLType = { k: "Signed" };

/**
 * The null or undefined of an optional number or boolean kept as a plain
 * word: what the JIT's constant pools hold for such a constant (its
 * registers are words).  The C backend writes its sentinel (RTS_INT_NULL,
 * RTS_FLOAT_NULL_BITS...); on Node it stands for its value.
 */
export class OptSentinel {
  constructor(
    readonly type: "OptSigned" | "OptBool" | "OptFloat",
    readonly value: null | undefined,
  ) {}
}
export const Float: LLType = { k: "Float" };
export const Bool: LLType = { k: "Bool" };
export const OptSigned: LLType = { k: "OptSigned" };
export const OptFloat: LLType = { k: "OptFloat" };
export const OptBool: LLType = { k: "OptBool" };
export const Void: LLType = { k: "Void" };
export const NullPtr: LLType = { k: "NullPtr" };
export const Str: LLType = { k: "Str" };

export function isPtr(t: LLType): boolean {
  return !(t.k === "Signed" || t.k === "Float" || t.k === "Bool" || t.k === "Void" || isOpt(t));
}

/** A primitive that may be undefined or null. */
export function isOpt(t: LLType): boolean {
  return t.k === "OptSigned" || t.k === "OptFloat" || t.k === "OptBool";
}

/** The optional form of a primitive type (pointers already have null and a sentinel for undefined). */
export function optionalOf(t: LLType): LLType {
  return t.k === "Signed" ? OptSigned : t.k === "Float" ? OptFloat : t.k === "Bool" ? OptBool : t;
}

/** The plain form of an optional primitive type. */
export function plainOf(t: LLType): LLType {
  return t.k === "OptSigned" ? Signed : t.k === "OptFloat" ? Float : t.k === "OptBool" ? Bool : t;
}

export function sameType(a: LLType, b: LLType): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "List":
      return sameType(a.item, (b as typeof a).item);
    case "Typed":
      return a.elem === (b as typeof a).elem;
    case "Map": {
      const bb = b as typeof a;
      return a.isSet === bb.isSet && sameType(a.key, bb.key) && sameType(a.value, bb.value);
    }
    case "Inst":
      return a.layout === (b as typeof a).layout;
  }
  return true;
}

export function typeName(t: LLType): string {
  switch (t.k) {
    case "List":
      return `List<${typeName(t.item)}>`;
    case "Typed":
      return `Typed<${t.elem}>`;
    case "Map":
      // (a Set and a Map of the same key type are laid out alike but are different types: helpers are keyed by these names)
      return t.isSet ? `Set<${typeName(t.key)}>` : `Map<${typeName(t.key)},${typeName(t.value)}>`;
    case "Inst":
      return `Inst<${t.layout.cls.name}>`;
  }
  return t.k;
}

/**
 * The hidden field next to a quasi-immutable field (rts/jit immutableFields
 * `"name?"`): 0, or the number of the JIT's watcher that lists the compiled
 * traces that folded the field's value (RPython's `mutate_name`).  A write
 * of the field invalidates them (the jit_quasi_immut_write op).
 */
export function quasiWatcherField(name: string): string {
  return name + "$qmut";
}

export function isQuasiWatcherField(name: string): boolean {
  return name.endsWith("$qmut");
}

/** The memory layout of a class: all fields (inherited first), type id range, vtable. */
export class ClassLayout {
  readonly fields: { desc: FieldDesc; name: string; type: LLType }[] = [];
  tid = 0;
  /** Type ids of this class and its subclasses form [tid, tidMax]: instanceof is a range check. */
  tidMax = 0;
  /**
   * Its tid (and tidMax) are the same in every program translated with
   * --jit: the classes before it in type id order are the JIT runtime's
   * (rtyper.ts stableOrder).  The JIT runtime's C names other type ids
   * symbolically (the C backend), to stay the same C.
   */
  stableTid = false;
  stableTidMax = false;
  /** Method slots this class's vtable fills: slot index -> implementation. */
  readonly vtable: (FunctionDesc | null)[] = [];
  /** Set on a layout ownInstancesLayout made: the class whose own instances (not its subclasses') it stands for. */
  ownInstancesOf: ClassLayout | null = null;
  constructor(
    public readonly cls: ClassDesc,
    public readonly base: ClassLayout | null,
    public readonly cname: string,
  ) {}
  field(name: string): { desc: FieldDesc; name: string; type: LLType } {
    const f = this.fields.find((x) => x.name === name);
    if (!f) throw new Error(`internal: ${this.cls.name} has no field ${name}`);
    return f;
  }
  private memoryLayouts = new Map<number, StructLayout>();
  /** Field offsets and size in memory, for a target's word size (layout.ts). */
  memory(wordSize: number): StructLayout {
    let m = this.memoryLayouts.get(wordSize);
    if (!m) this.memoryLayouts.set(wordSize, (m = layoutStruct(this.fields.map((f) => ({ name: f.name, storage: storageOf(f.type) })), wordSize)));
    return m;
  }
  /** The topmost class of this hierarchy. */
  get root(): ClassLayout {
    let l: ClassLayout = this;
    while (l.base) l = l.base;
    return l;
  }
}

const ownLayouts = new WeakMap<ClassLayout, ClassLayout>();

/**
 * A layout standing for the instances of exactly l's class, not its
 * subclasses': its type id range is l's own id, so `instanceof` with it is
 * an exact class test (the JIT's class test of a method call whose
 * subclasses override the method).  It has no fields of its own: only its
 * type ids are read.
 */
export function ownInstancesLayout(l: ClassLayout): ClassLayout {
  let own = ownLayouts.get(l);
  if (own === undefined) {
    own = new ClassLayout(l.cls, l.base, l.cname + "_own");
    own.tid = l.tid;
    own.tidMax = l.tid;
    own.stableTid = l.stableTid;
    own.stableTidMax = l.stableTid;
    own.ownInstancesOf = l;
    ownLayouts.set(l, own);
  }
  return own;
}

/** One vtable slot: a method family, with the signature all its implementations share. */
export interface MethodSlot {
  root: ClassLayout;
  index: number;
  name: string;
  argTypes: LLType[]; // self excluded
  resultType: LLType;
}
