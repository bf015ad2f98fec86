// Value unions at run time, written in RTS: `number | string | boolean |
// null | SomeClass`, the way interpreters hold their values.
//
// Representation: a primitive that meets other kinds of values in one place
// is boxed — an instance of NumberBox, StringBox or BooleanBox — so a value
// union is an instance of the object root like a union of classes, and
// everything instances have (a type id, `instanceof` as a range check,
// fields, lists and maps of them, virtual calls) serves it unchanged.  This
// is PyPy's W_Root model; the JIT's virtuals remove the boxes inside a trace
// (a box allocated and unboxed in one loop is never built).  TypeScript's
// narrowing (`typeof v === "number"`) unboxes with a checked cast where the
// narrowed value is read.  Translation boxes and unboxes; on Node the same
// program has no boxes at all, and these helpers give the boxed values
// JavaScript's semantics: typeof, strict equality (a box is never compared
// by identity: NaN !== NaN, two equal strings are ===), truthiness and
// String().

import { fatal } from "rts/ll";

export class NumberBox {
  constructor(readonly value: number) {}
  toString(): string {
    return String(this.value);
  }
}

export class StringBox {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A function in a value union (`type Slot = number | Method | Obj`): the closure, called where TypeScript narrowed to a function. */
export class FunctionBox {
  constructor(readonly value: (...args: never[]) => unknown) {}
  toString(): string {
    fatal("String() of a function: Node gives its source text, which a translated program does not keep");
    return "";
  }
}

/** An array in a value union (`type Json = null | number | string | Json[]`): all boxed arrays are one family (their items the union of what they hold). */
export class ArrayBox {
  constructor(readonly value: unknown[]) {}
  toString(): string {
    return this.value.join(",");
  }
}

/** A Map in a value union: all boxed Maps are one family. */
export class MapBox {
  constructor(readonly value: Map<unknown, unknown>) {}
  toString(): string {
    return "[object Map]";
  }
}

/** A Set in a value union: all boxed Sets are one family. */
export class SetBox {
  constructor(readonly value: Set<unknown>) {}
  toString(): string {
    return "[object Set]";
  }
}

/** An object used as a map (`{ [key: string]: Json }`) in a value union: all boxed ones are one family. */
export class DictBox {
  constructor(readonly value: { [key: string]: unknown }) {}
  toString(): string {
    return "[object Object]";
  }
}

/**
 * A symbol (`const EMPTY = Symbol("empty")`): an object of its own identity,
 * as sentinels need; typeof gives "symbol", console.log and String() show
 * `Symbol(empty)`, JSON.stringify skips it.
 */
export class SymbolValue {
  constructor(readonly description: string | undefined) {}
  toString(): string {
    return "Symbol(" + (this.description ?? "") + ")";
  }
}

/** `Symbol(description)` at run time: a new symbol. */
export function newSymbol(description: string | undefined): SymbolValue {
  return new SymbolValue(description);
}

export class BooleanBox {
  constructor(readonly value: boolean) {}
  toString(): string {
    return this.value ? "true" : "false";
  }
}

/** `typeof v` of a value of a union (boxes, instances, null, undefined). */
export function typeofValue(v: unknown): string {
  if (v === undefined) return "undefined";
  if (v instanceof NumberBox) return "number";
  if (v instanceof StringBox) return "string";
  if (v instanceof BooleanBox) return "boolean";
  if (v instanceof FunctionBox) return "function";
  if (v instanceof SymbolValue) return "symbol";
  return "object";
}

/** String() of a collection (not boxed): what Object.prototype.toString gives, `[object Map]` for tag "Map". */
export function taggedToString<T>(v: T | null | undefined, tag: string): string {
  return v === null ? "null" : v === undefined ? "undefined" : `[object ${tag}]`;
}

/** The value of a union is of this box kind (a member access tests the kinds in turn: frontend byKind). */
export function valueKindIs(v: unknown, kind: string): boolean {
  switch (kind) {
    case "number":
      return v instanceof NumberBox;
    case "string":
      return v instanceof StringBox;
    case "boolean":
      return v instanceof BooleanBox;
    case "function":
      return v instanceof FunctionBox;
    case "array":
      return v instanceof ArrayBox;
    case "map":
      return v instanceof MapBox;
    case "set":
      return v instanceof SetBox;
  }
  return v instanceof DictBox;
}

/** `typeof v` of a primitive that may be null or undefined. */
export function typeofNullable<T>(v: T, kind: string): string {
  if (v === undefined) return "undefined";
  if (v === null) return "object";
  return kind;
}

/** `a === b` where either may be a box: primitives by value, instances by identity. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a instanceof NumberBox) return b instanceof NumberBox && a.value === b.value;
  if (a instanceof StringBox) return b instanceof StringBox && a.value === b.value;
  if (a instanceof BooleanBox) return b instanceof BooleanBox && a.value === b.value;
  if (a instanceof FunctionBox) return b instanceof FunctionBox && a.value === b.value;
  if (a instanceof ArrayBox) return b instanceof ArrayBox && a.value === b.value;
  if (a instanceof MapBox) return b instanceof MapBox && a.value === b.value;
  if (a instanceof SetBox) return b instanceof SetBox && a.value === b.value;
  if (a instanceof DictBox) return b instanceof DictBox && a.value === b.value;
  return a === b;
}

/** `v === n` for a number n. */
export function valueIsNumber(v: unknown, n: number): boolean {
  return v instanceof NumberBox && v.value === n;
}

/** `v === s` for a string s. */
export function valueIsString(v: unknown, s: string): boolean {
  return v instanceof StringBox && v.value === s;
}

/** `v === b` for a boolean b. */
export function valueIsBoolean(v: unknown, b: boolean): boolean {
  return v instanceof BooleanBox && v.value === b;
}

/** `if (v)`: 0, NaN, "" and false are falsy as well as null and undefined. */
export function valueTruthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (v instanceof NumberBox) return v.value !== 0 && v.value === v.value;
  if (v instanceof StringBox) return v.value.length > 0;
  if (v instanceof BooleanBox) return v.value;
  return true;
}

/** `!v`. */
export function valueFalsy(v: unknown): boolean {
  return !valueTruthy(v);
}

// Boxing a primitive that may be null or undefined (those stay themselves).

export function boxOptNumber(v: number | null | undefined): NumberBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new NumberBox(v);
}

export function boxOptString(v: string | null | undefined): StringBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new StringBox(v);
}

export function boxOptFunction<F extends (...args: never[]) => unknown>(v: F | null | undefined): FunctionBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new FunctionBox(v);
}

export function boxOptArray<T>(v: T[] | null | undefined): ArrayBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new ArrayBox(v);
}

export function boxOptMap<K, V>(v: Map<K, V> | null | undefined): MapBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new MapBox(v);
}

export function boxOptSet<T>(v: Set<T> | null | undefined): SetBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new SetBox(v);
}

export function boxOptDict<T>(v: { [key: string]: T } | null | undefined): DictBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new DictBox(v);
}

export function boxOptBoolean(v: boolean | null | undefined): BooleanBox | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return new BooleanBox(v);
}

// The value of a box where TypeScript's narrowed type keeps null and undefined (`string | null`).

export function unboxOptNumber(v: unknown): number | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as NumberBox).value;
}

export function unboxOptString(v: unknown): string | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as StringBox).value;
}

export function unboxOptFunction(v: unknown): ((...args: never[]) => unknown) | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as FunctionBox).value;
}

export function unboxOptArray(v: unknown): unknown[] | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as ArrayBox).value;
}

export function unboxOptMap(v: unknown): Map<unknown, unknown> | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as MapBox).value;
}

export function unboxOptSet(v: unknown): Set<unknown> | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as SetBox).value;
}

export function unboxOptDict(v: unknown): { [key: string]: unknown } | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as DictBox).value;
}

export function unboxOptBoolean(v: unknown): boolean | null | undefined {
  if (v === null) return null;
  if (v === undefined) return undefined;
  return (v as BooleanBox).value;
}
