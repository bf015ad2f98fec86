// Lox values.  Every value is an RTS object: numbers are boxed (as PyPy boxes
// W_IntObject; the JIT's allocation removal is what unboxes them in loops),
// nil/true/false are singletons, and the heap objects are ordinary RTS
// classes, so the toolkit's precise GC manages all of them.
import { immutableFields } from "rts/jit";
import { formatd } from "rts/rlib";
import type { Chunk } from "./chunk.ts";
import type { Shape } from "./shape.ts";

export abstract class Value {
  /** What `print` shows. */
  abstract show(): string;
}

export class NilValue extends Value {
  show(): string {
    return "nil";
  }
}

export class BoolValue extends Value {
  constructor(readonly value: boolean) {
    super();
  }
  show(): string {
    return this.value ? "true" : "false";
  }
}

export class NumberValue extends Value {
  constructor(readonly value: number) {
    super();
  }
  show(): string {
    return formatNumber(this.value);
  }
}

/** A number as clox prints it: printf's %g. */
export function formatNumber(x: number): string {
  return formatd(x, "g", 6);
}

export const NIL = new NilValue();
export const TRUE = new BoolValue(true);
export const FALSE = new BoolValue(false);

export function bool(b: boolean): Value {
  return b ? TRUE : FALSE;
}

export function isFalsey(v: Value): boolean {
  return v === NIL || v === FALSE;
}

/**
 * A Lox string.  Names and literals are interned when they are compiled (one
 * ObjString per distinct text, with a symbol id used as the key of globals,
 * fields and methods); strings made at run time have id -1 and compare by
 * content, so no weak intern table is needed to let them die.
 */
export class ObjString extends Value {
  constructor(
    readonly chars: string,
    readonly id: number,
  ) {
    super();
  }
  show(): string {
    return this.chars;
  }
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return !(a instanceof NumberValue) || a.value === a.value; // NaN != NaN
  if (a instanceof NumberValue) return b instanceof NumberValue && a.value === b.value;
  if (a instanceof ObjString) return b instanceof ObjString && a.chars === b.chars;
  return false;
}

export class ObjFunction extends Value {
  constructor(
    readonly name: string | null,
    readonly arity: number,
    readonly upvalueCount: number,
    readonly chunk: Chunk,
  ) {
    super();
  }
  show(): string {
    return this.name === null ? "<script>" : "<fn " + this.name + ">";
  }
}
// made by the compiler once the function is compiled
immutableFields(ObjFunction, "arity", "upvalueCount");

/** A captured variable: open while `slot` (a VM stack index) is live, then closed over `closed`. */
export class Upvalue {
  closed: Value = NIL;
  next: Upvalue | null = null;
  constructor(public slot: number) {}
}

export class ObjClosure extends Value {
  readonly upvalues: Upvalue[] = [];
  constructor(readonly fn: ObjFunction) {
    super();
  }
  show(): string {
    return this.fn.show();
  }
}

/** A function written in the host; `args[start .. start+count)` are the arguments. */
export abstract class ObjNative extends Value {
  /** The call with its arguments (a copy: the VM's stack is its own). */
  abstract call(args: Value[]): Value;
  show(): string {
    return "<native fn>";
  }
}

export class ObjClass extends Value {
  readonly methods = new Map<number, ObjClosure>();
  /** The `init` method, cached (it runs on every instantiation). */
  init: ObjClosure | null = null;
  constructor(readonly name: ObjString) {
    super();
  }
  show(): string {
    return this.name.chars;
  }
}

/** An instance keeps its fields in an array laid out by its shape (hidden class). */
export class ObjInstance extends Value {
  readonly fields: Value[] = [];
  constructor(
    readonly klass: ObjClass,
    public shape: Shape,
  ) {
    super();
  }
  show(): string {
    return this.klass.name.chars + " instance";
  }
}

export class ObjBoundMethod extends Value {
  constructor(
    readonly receiver: Value,
    readonly method: ObjClosure,
  ) {
    super();
  }
  show(): string {
    return this.method.fn.show();
  }
}
