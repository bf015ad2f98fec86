// The annotation lattice (RPython's annotator/model.py): what the annotator
// knows about each value.  union() is the lattice join; it throws UnionError
// when two values cannot share one representation (int and string, say).
import { isBoxClass, type BoxKind, type ClassDesc, type FunctionDesc, type KeyKind } from "../flow/descriptors.ts";

/**
 * Every annotation also says whether the value may be null and whether it
 * may be undefined (`T | null | undefined` for any T: an optional int is an
 * int that may be undefined).  How that is represented is the rtyper's
 * business (sentinel values, docs/internals.md).
 */
export abstract class SomeValue {
  abstract readonly kind: string;
  constructor(
    /** May be null. */
    readonly nullable = false,
    /** May be undefined. */
    readonly undef = false,
  ) {}
  /** The same annotation with other null / undefined flags. */
  abstract withFlags(nullable: boolean, undef: boolean): SomeValue;
  /** The type without " | null | undefined". */
  abstract base(): string;
  describe(): string {
    return this.base() + (this.nullable ? " | null" : "") + (this.undef ? " | undefined" : "");
  }
  /** May be null or undefined. */
  get maybeNullish(): boolean {
    return this.nullable || this.undef;
  }
}

export class SomeImpossible extends SomeValue {
  readonly kind = "impossible";
  withFlags(): SomeValue {
    return this;
  }
  base(): string {
    return "unknown";
  }
}

/**
 * An int: a JavaScript number that is an integer, never -0, NaN or
 * infinite (held in a machine word).  `nonneg`: never negative (RPython's
 * SomeInteger(nonneg=True)); it lets products and remainders stay ints
 * where JavaScript could otherwise produce -0.
 */
export class SomeInt extends SomeValue {
  readonly kind = "int";
  constructor(
    readonly nonneg = false,
    nullable = false,
    undef = false,
  ) {
    super(nullable, undef);
  }
  withFlags(nullable: boolean, undef: boolean): SomeInt {
    return nullable === this.nullable && undef === this.undef ? this : new SomeInt(this.nonneg, nullable, undef);
  }
  base(): string {
    return "int";
  }
}

/**
 * A float: any JavaScript number (an IEEE double).  What is known of it:
 * `integral`: an integer, NaN, ±Infinity or -0 (what ints become where
 * JavaScript may produce -0 or NaN: `-x`, `a * b`, charCodeAt); such a
 * value may index an array (checked at run time).  `nonneg`: never
 * negative nor -0 (NaN allowed).  `notNegZero`: never -0.
 */
export class SomeFloat extends SomeValue {
  readonly kind = "float";
  constructor(
    readonly integral = false,
    readonly nonneg = false,
    readonly notNegZero = nonneg,
    nullable = false,
    undef = false,
  ) {
    super(nullable, undef);
  }
  withFlags(nullable: boolean, undef: boolean): SomeFloat {
    return nullable === this.nullable && undef === this.undef ? this : new SomeFloat(this.integral, this.nonneg, this.notNegZero, nullable, undef);
  }
  base(): string {
    return this.integral ? "number (an int that may be -0 or NaN)" : "float";
  }
}

export class SomeBool extends SomeValue {
  readonly kind = "bool";
  withFlags(nullable: boolean, undef: boolean): SomeBool {
    return nullable === this.nullable && undef === this.undef ? this : new SomeBool(nullable, undef);
  }
  base(): string {
    return "boolean";
  }
}

/** null and/or undefined and nothing else. */
export class SomeNone extends SomeValue {
  readonly kind = "none";
  withFlags(nullable: boolean, undef: boolean): SomeValue {
    return nullable === this.nullable && undef === this.undef ? this : new SomeNone(nullable, undef);
  }
  base(): string {
    return "";
  }
  override describe(): string {
    return this.nullable && this.undef ? "null | undefined" : this.nullable ? "null" : "undefined";
  }
}

abstract class SomePointer extends SomeValue {
  abstract override withFlags(nullable: boolean, undef: boolean): SomePointer;
  withNullable(n: boolean): SomePointer {
    return this.withFlags(n, this.undef);
  }
}

export class SomeStr extends SomePointer {
  readonly kind = "str";
  withFlags(nullable: boolean, undef: boolean): SomeStr {
    return nullable === this.nullable && undef === this.undef ? this : new SomeStr(nullable, undef);
  }
  base(): string {
    return "string";
  }
}

export class SomeInstance extends SomePointer {
  readonly kind = "inst";
  constructor(
    public readonly cls: ClassDesc,
    nullable: boolean,
    /**
     * When unrelated classes meet at the object root (an interface, a union
     * of classes): the classes whose instances (or subclass instances) may
     * be here.  null: any class under cls.
     */
    public readonly possible: ReadonlySet<ClassDesc> | null = null,
    undef = false,
  ) {
    super(nullable, undef);
  }
  withFlags(nullable: boolean, undef: boolean): SomeInstance {
    return nullable === this.nullable && undef === this.undef ? this : new SomeInstance(this.cls, nullable, this.possible, undef);
  }
  /** The classes under which the instance's class may be. */
  roots(): ReadonlySet<ClassDesc> {
    return this.possible ?? new Set([this.cls]);
  }
  base(): string {
    return this.possible ? [...this.possible].map((c) => c.name).join(" | ") : this.cls.name;
  }
}

/** A record shared by every container that may flow into the same places (union-find). */
abstract class Family<T extends Family<T>> {
  private parent: T | null = null;
  /** Blocks that read the record: reflowed when it generalizes. */
  readonly readers = new Set<unknown>();
  find(): T {
    let d = this as unknown as T;
    while (d.parent) d = d.parent;
    return d;
  }
  mergeInto(other: T): void {
    this.parent = other;
  }
}

/** Shared record of what a family of lists holds (RPython's ListDef). */
export class ListDef extends Family<ListDef> {
  item: SomeValue = new SomeImpossible();
}

export class SomeList extends SomePointer {
  readonly kind = "list";
  constructor(
    private readonly def0: ListDef,
    nullable: boolean,
    undef = false,
  ) {
    super(nullable, undef);
  }
  get def(): ListDef {
    return this.def0.find();
  }
  withFlags(nullable: boolean, undef: boolean): SomeList {
    return new SomeList(this.def, nullable, undef);
  }
  base(): string {
    const item = this.def.item;
    if (item.kind === "impossible") return "empty array whose element type is unknown (annotate it: const xs: number[] = [])";
    if (item.kind === "none") return "array of only null/undefined values (annotate its element type: const xs: (Node | null)[] = [])";
    return item.maybeNullish ? `(${item.describe()})[]` : `${item.describe()}[]`;
  }
}

export type TypedKind = "u8" | "i32" | "f64";
export const TYPED_NAMES: Record<TypedKind, string> = { u8: "Uint8Array", i32: "Int32Array", f64: "Float64Array" };

export class SomeTyped extends SomePointer {
  readonly kind = "typed";
  constructor(
    public readonly elem: TypedKind,
    nullable: boolean,
    undef = false,
  ) {
    super(nullable, undef);
  }
  withFlags(nullable: boolean, undef: boolean): SomeTyped {
    return nullable === this.nullable && undef === this.undef ? this : new SomeTyped(this.elem, nullable, undef);
  }
  base(): string {
    return TYPED_NAMES[this.elem];
  }
}

/** Shared record of a family of Maps or Sets. */
export class MapDef extends Family<MapDef> {
  key: SomeValue = new SomeImpossible();
  value: SomeValue = new SomeImpossible();
  /** An object used as a map (`Record<string, T>`, rts/rlib/dicts): prints and serializes as an object. */
  dict = false;
  constructor(
    public readonly isSet: boolean,
    /** null until the first key is seen (an empty prebuilt map). */
    public keyKind: KeyKind | null,
  ) {
    super();
  }
}

export class SomeMap extends SomePointer {
  readonly kind = "map";
  constructor(
    private readonly def0: MapDef,
    nullable: boolean,
    undef = false,
  ) {
    super(nullable, undef);
  }
  get def(): MapDef {
    return this.def0.find();
  }
  withFlags(nullable: boolean, undef: boolean): SomeMap {
    return new SomeMap(this.def, nullable, undef);
  }
  base(): string {
    const d = this.def;
    const show = (a: SomeValue): string => (a.kind === "impossible" ? "unknown" : a.describe());
    return d.isSet ? `Set<${show(d.key)}>` : `Map<${show(d.key)}, ${show(d.value)}>`;
  }
}

/** The state of a for-of loop over a Map or Set. */
export class SomeMapIter extends SomePointer {
  readonly kind = "mapiter";
  constructor(public readonly map: SomeMap) {
    super(false, false);
  }
  withFlags(): SomeMapIter {
    return this;
  }
  base(): string {
    return `iterator of ${this.map.describe()}`;
  }
}

/**
 * A function value: one of a set of closures (RPython's SomePBC of
 * functions).  Closures that meet in one set form a call family: they are
 * called through the same indirect call, so they share one signature.
 */
export class SomeFunction extends SomePointer {
  readonly kind = "func";
  constructor(
    public readonly descs: ReadonlySet<FunctionDesc>,
    nullable: boolean,
    undef = false,
  ) {
    super(nullable, undef);
  }
  withFlags(nullable: boolean, undef: boolean): SomeFunction {
    return nullable === this.nullable && undef === this.undef ? this : new SomeFunction(this.descs, nullable, undef);
  }
  base(): string {
    return "function";
  }
}

/** A prebuilt JitDriver of the interpreter (a JIT hint, no run-time value): its greens and reds are the names the hints are checked against. */
export class SomeJitDriver extends SomeValue {
  readonly kind = "jitdriver";
  constructor(
    readonly driver: { readonly greens: readonly string[]; readonly reds: readonly string[]; readonly virtualizables?: readonly string[]; readonly getPrintableLocation?: unknown },
  ) {
    super();
  }
  withFlags(): SomeJitDriver {
    return this;
  }
  base(): string {
    return "JitDriver";
  }
}

export class UnionError extends Error {
  constructor(
    public a: SomeValue,
    public b: SomeValue,
  ) {
    super(`cannot mix ${a.describe()} and ${b.describe()}`);
  }
}

export const s_impossible = new SomeImpossible();
export const s_int = new SomeInt();
export const s_nonneg = new SomeInt(true);
export const s_float = new SomeFloat();

/** An int with the given sign fact. */
export function someInt(nonneg: boolean): SomeInt {
  return nonneg ? s_nonneg : s_int;
}

/** A float with the given facts (nonneg implies notNegZero). */
export function someFloat(integral: boolean, nonneg: boolean, notNegZero = nonneg): SomeFloat {
  if (!integral && !nonneg && !notNegZero) return s_float;
  return new SomeFloat(integral, nonneg, nonneg || notNegZero);
}

/** The facts of a number annotation seen as a float (an int is integral and never -0). */
export function floatFacts(a: SomeValue): { integral: boolean; nonneg: boolean; notNegZero: boolean } {
  if (a instanceof SomeInt) return { integral: true, nonneg: a.nonneg, notNegZero: true };
  if (a instanceof SomeFloat) return { integral: a.integral, nonneg: a.nonneg, notNegZero: a.notNegZero };
  return { integral: false, nonneg: false, notNegZero: false };
}
export const s_bool = new SomeBool();
/** The value `null`. */
export const s_null = new SomeNone(true, false);
/** The value `undefined` (also what a void function returns). */
export const s_undef = new SomeNone(false, true);
/** No value at all: the result of operations that produce none. */
export const s_none = s_undef;
export const s_str = new SomeStr(false);

function commonBase(a: ClassDesc, b: ClassDesc): ClassDesc | null {
  for (let c: ClassDesc | null = a; c; c = c.base) if (b.isSubclassOf(c)) return c;
  return null;
}

/** Called when two list/map families meet: the annotator merges them and reflows readers. */
export interface DefMerger {
  mergeLists(a: ListDef, b: ListDef): ListDef;
  mergeMaps(a: MapDef, b: MapDef): MapDef;
  mergeFunctions(descs: Iterable<FunctionDesc>): void;
  /** The box class of a primitive that meets other kinds of values (its field generalized to hold `a`). */
  boxClass(kind: BoxKind, a: SomeValue): ClassDesc;
}

/** The value may be a box: a union whose possible classes include a box class. */
export function mayBeBoxed(a: SomeValue): boolean {
  return a instanceof SomeInstance && a.possible !== null && [...a.possible].some(isBoxClass);
}

/** The box a primitive of this annotation goes into in a value union, or null (not a boxable primitive). */
export function boxKindOf(a: SomeValue): BoxKind | null {
  if (a instanceof SomeMap) return a.def.isSet ? "set" : a.def.dict ? "dict" : "map";
  return isNumeric(a) ? "number" : a.kind === "str" ? "string" : a.kind === "bool" ? "boolean" : a.kind === "func" ? "function" : a.kind === "list" ? "array" : null;
}

/**
 * A value union (rts/rlib/values): primitives and instances of different
 * kinds meet as instances of the object root, the primitives boxed; null
 * when `a` and `b` cannot (a list and a string, say).
 */
function valueUnion(a: SomeValue, b: SomeValue, m: DefMerger): SomeValue | null {
  const asInstance = (x: SomeValue): SomeInstance | null => {
    if (x instanceof SomeInstance) return x;
    const kind = boxKindOf(x);
    return kind ? new SomeInstance(m.boxClass(kind, x.withFlags(false, false)), false) : null;
  };
  const ia = asInstance(a);
  const ib = asInstance(b);
  return ia && ib ? unionBase(ia, ib, m) : null;
}

/** The join of the values themselves, ignoring null and undefined. */
function unionBase(a: SomeValue, b: SomeValue, m: DefMerger): SomeValue {
  if (a instanceof SomeInt && b instanceof SomeInt) return a.nonneg && !b.nonneg ? b : a;
  if (isNumeric(a) && isNumeric(b)) {
    const fa = floatFacts(a);
    const fb = floatFacts(b);
    const u = someFloat(fa.integral && fb.integral, fa.nonneg && fb.nonneg, fa.notNegZero && fb.notNegZero);
    return a instanceof SomeFloat && sameAnnotation(a.withFlags(false, false), u) ? a : u;
  }
  if (a.kind !== b.kind) {
    const u = valueUnion(a, b, m);
    if (u) return u;
    throw new UnionError(a, b);
  }
  if (a instanceof SomeInstance && b instanceof SomeInstance) {
    const base = commonBase(a.cls, b.cls);
    if (!base) throw new UnionError(a, b);
    if (base.base === null && base !== a.cls && base !== b.cls || a.possible || b.possible) {
      // unrelated classes: remember which (the attributes read here are theirs)
      const possible = new Set<ClassDesc>();
      for (const c of [...a.roots(), ...b.roots()]) if (![...possible].some((p) => c.isSubclassOf(p))) possible.add(c);
      for (const c of [...possible]) if ([...possible].some((p) => p !== c && c.isSubclassOf(p))) possible.delete(c);
      if (possible.size === 1 && possible.has(base)) return new SomeInstance(base, false);
      if (a.cls === base && a.possible && sameSet(a.possible, possible)) return a;
      return new SomeInstance(base, false, possible);
    }
    return base === a.cls ? a : new SomeInstance(base, false);
  }
  if (a instanceof SomeList && b instanceof SomeList) return new SomeList(a.def === b.def ? a.def : m.mergeLists(a.def, b.def), false);
  if (a instanceof SomeMap && b instanceof SomeMap) {
    if (a.def.isSet !== b.def.isSet) throw new UnionError(a, b);
    return new SomeMap(a.def === b.def ? a.def : m.mergeMaps(a.def, b.def), false);
  }
  if (a instanceof SomeFunction && b instanceof SomeFunction) {
    if (sameSet(a.descs, b.descs)) return a;
    const all = new Set([...a.descs, ...b.descs]);
    m.mergeFunctions(all);
    return new SomeFunction(all, false);
  }
  if (a instanceof SomeTyped && b instanceof SomeTyped && a.elem !== b.elem) throw new UnionError(a, b);
  return a;
}

export function union(a: SomeValue, b: SomeValue, m: DefMerger): SomeValue {
  if (a === b) return a;
  if (a instanceof SomeImpossible) return b;
  if (b instanceof SomeImpossible) return a;
  const nullable = a.nullable || b.nullable;
  const undef = a.undef || b.undef;
  if (a instanceof SomeNone) return b.withFlags(nullable, undef);
  if (b instanceof SomeNone) return a.withFlags(nullable, undef);
  return unionBase(a, b, m).withFlags(nullable, undef);
}

/** True when `b` is no more general than `a` (so union(a, b) changes nothing). */
export function sameAnnotation(a: SomeValue, b: SomeValue): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.nullable !== b.nullable || a.undef !== b.undef) return false;
  if (a instanceof SomeInstance && b instanceof SomeInstance) return a.cls === b.cls && (a.possible === b.possible || (!!a.possible && !!b.possible && sameSet(a.possible, b.possible)));
  if (a instanceof SomeList && b instanceof SomeList) return a.def === b.def;
  if (a instanceof SomeMap && b instanceof SomeMap) return a.def === b.def;
  if (a instanceof SomeTyped && b instanceof SomeTyped) return a.elem === b.elem;
  if (a instanceof SomeFunction && b instanceof SomeFunction) return sameSet(a.descs, b.descs);
  if (a instanceof SomeInt && b instanceof SomeInt) return a.nonneg === b.nonneg;
  if (a instanceof SomeFloat && b instanceof SomeFloat) return a.integral === b.integral && a.nonneg === b.nonneg && a.notNegZero === b.notNegZero;
  return true;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The value once it is known to be neither null nor undefined (nothing, for a value that is only null or undefined). */
export function nonNull(a: SomeValue): SomeValue {
  if (a instanceof SomeNone) return s_impossible;
  return a.withFlags(false, false);
}

export function isNumeric(a: SomeValue): boolean {
  return a.kind === "int" || a.kind === "float";
}
