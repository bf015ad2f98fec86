// Descriptors: the program entities the frontend discovers (functions,
// classes, fields, module globals).  Flow graphs refer to them through
// Constants; the annotator hangs its facts on them.
import type { ts } from "ts-morph";
import { Constant, type FunctionGraph, type SourceLoc, type Value } from "./model.ts";

/** A TypeScript type read in an environment binding its type parameters (frontend/generics.ts). */
export interface BoundType {
  readonly t: ts.Type;
  readonly env: TypeEnv;
}

/** Type parameter (the checker's type object) → the type it stands for. */
export type TypeEnv = ReadonlyMap<ts.Type, BoundType>;

export const EMPTY_ENV: TypeEnv = new Map();

export type FunctionKind = "function" | "method" | "ctor" | "closure";

export class FunctionDesc {
  graph: FunctionGraph | null = null;
  /** Closures: the bindings captured from enclosing functions ("this" for the enclosing this). */
  captures: string[] = [];
  /** Closures: the class of the closure object (its fields hold the captures). */
  envClass: ClassDesc | null = null;
  /** A closure that only calls this top-level function (the function used as a value). */
  wraps: FunctionDesc | null = null;
  /** A closure that only calls this library function (`Number`, `Math.abs` used as a value). */
  wrapsLibrary: string | null = null;
  /**
   * Has optional or default parameters: its graph takes one more input, a
   * bit mask of the parameters the caller passed (callers pass zero for the others).
   */
  optional: boolean;
  /**
   * A closure whose contextual type takes a rest parameter at this index
   * where the closure declares plain ones (`apply: (a, b) => a + b` for
   * `(...args: number[]) => number`): callers pass one array from there, and
   * the closure's parameters from this index on are its items.
   */
  restFrom = -1;
  /** A copy of a generic function specialized for one call shape: the generic original. */
  specializedFrom: FunctionDesc | null = null;
  /** A synthesized accessor of a field (reads and writes through an interface). */
  fieldAccess: { field: FieldDesc | null; name: string; kind: "get" | "set" | "call" } | null = null;
  /** A method JavaScript's objects inherit, synthesized where the class has none (families.ts): what it does. */
  inherited: "toString" | "errorToString" | "className" | "keys" | "values" | "rest" | null = null;
  /** A converter of JSON.parse's result to a type the program gives it (frontend/json-parse.ts). */
  jsonTarget = false;
  /** What the type parameters in scope mean (methods of generic class copies, generic method copies). */
  typeEnv: TypeEnv = EMPTY_ENV;
  constructor(
    public name: string,
    public kind: FunctionKind,
    /** null for synthesized functions (implicit constructors, builtin Error). */
    public decl: ts.FunctionLikeDeclaration | null,
    public cls: ClassDesc | null,
    public params: string[],
    public loc: SourceLoc | null,
    public isAbstract = false,
  ) {
    this.optional = hasOptionalParams(decl);
  }
  get qualname(): string {
    return this.cls ? `${this.cls.name}.${this.name}` : this.name;
  }
  toString(): string {
    return `fn ${this.qualname}`;
  }
}

/** A field of an init-time object; a tuple (a JS array) keeps field iN at index N. */
export function prebuiltField(x: object, name: string): unknown {
  if (Array.isArray(x)) return x[Number(name.slice(1))];
  // a #private field: read through the method the Load stage adds to its class
  if (name.startsWith("#")) return (x as { [k: symbol]: () => Record<string, unknown> })[Symbol.for("rts.privateFields")]?.()[name];
  return (x as Record<string, unknown>)[name];
}

/** The first parameter of a closure's graph: its environment (the closure object). */
export const ENV = "$env";

/** The array parameter of a closure called through a rest-typed function type (FunctionDesc.restFrom). */
export const REST = "$rest";

/** The hidden last parameter of functions with optional parameters. */
export const GIVEN = "$given";

/** Which call arguments count as passed: an explicit `undefined` does not (defaults apply). */
export function givenArgs(args: Value[]): boolean[] {
  return args.map((a) => !(a instanceof Constant && a.value === undefined));
}

export function hasOptionalParams(decl: ts.SignatureDeclaration | null): boolean {
  return !!decl && decl.parameters.some((p) => p.questionToken !== undefined || p.initializer !== undefined);
}

export class FieldDesc {
  /** Declared `readonly`: assigned only while the object is constructed (the JIT may treat it as a constant). */
  readonly = false;
  /** A record's optional property its object literal did not write: not a property while undefined (printing). */
  absentWhenUndefined = false;
  constructor(
    public name: string,
    public owner: ClassDesc,
    public declaredType: ts.Type | null,
    public initializer: ts.Expression | null,
    public loc: SourceLoc | null,
  ) {}
}

export class ClassDesc {
  base: ClassDesc | null = null;
  /** The base is implicit (the object root, or the family of a generic class's copies). */
  implicitBase = false;
  /**
   * A class without `extends` that the program throws (`throw new
   * ReturnSignal(v)`): it goes under Error so the exception machinery holds
   * it, but it is no Error — `instanceof Error` is false (its type ids lie
   * past Error's range), its toString() is Object's, and it prints as a
   * plain instance.
   */
  thrownPlain = false;
  readonly subclasses: ClassDesc[] = [];
  readonly fields = new Map<string, FieldDesc>(); // own fields only
  /**
   * The fields whose initializers this class's constructor runs, in
   * declaration order: its own, and those it redeclares (`readonly name =
   * "x"` over a base's `abstract readonly name: string`), which stay the
   * base's field — one field per name in a class chain.
   */
  readonly initialized: FieldDesc[] = [];
  readonly methods = new Map<string, FunctionDesc>(); // own methods only
  ctor: FunctionDesc | null = null;
  isAbstract = false;
  /** Builtin classes (Error and friends) have no declaration. */
  builtin = false;
  /** The JS class object, once the Load stage ran (maps prebuilt instances to classes). */
  runtimeClass: unknown = undefined;
  /** Copies of a generic class: the type arguments of this copy. */
  typeEnv: TypeEnv = EMPTY_ENV;
  /**
   * A generic class without a base class gets one abstract class over all its
   * copies, so `x instanceof Box` tests for any Box<T>.
   */
  genericFamily = false;
  /** The class of a tuple type (fields i0, i1...): a JavaScript array at run time. */
  tuple = false;
  /** The class of a record shape (frontend/records.ts): a plain JavaScript object at run time; its object type. */
  record: ts.Type | null = null;
  /** The class of the closures of a function: which function. */
  closureOf: FunctionDesc | null = null;
  /** The root of the closure classes (every function value is an instance of one). */
  isClosureRoot = false;
  constructor(
    public name: string,
    public decl: ts.ClassDeclaration | null,
    public loc: SourceLoc | null,
  ) {}

  /** The base class the program declared (`extends`), if any. */
  get declaredBase(): ClassDesc | null {
    return this.implicitBase ? null : this.base;
  }

  lookupField(name: string): FieldDesc | null {
    for (let c: ClassDesc | null = this; c; c = c.base) {
      const f = c.fields.get(name);
      if (f) return f;
    }
    return null;
  }

  lookupMethod(name: string): FunctionDesc | null {
    for (let c: ClassDesc | null = this; c; c = c.base) {
      const m = c.methods.get(name);
      if (m) return m;
    }
    return null;
  }

  isSubclassOf(other: ClassDesc): boolean {
    for (let c: ClassDesc | null = this; c; c = c.base) if (c === other) return true;
    return false;
  }

  /** This class and all its subclasses, preorder. */
  *subtree(): Iterable<ClassDesc> {
    yield this;
    for (const s of this.subclasses) yield* s.subtree();
  }

  /** All fields including inherited ones, base class first. */
  allFields(): FieldDesc[] {
    const chain: ClassDesc[] = [];
    for (let c: ClassDesc | null = this; c; c = c.base) chain.unshift(c);
    return chain.flatMap((c) => [...c.fields.values()]);
  }

  toString(): string {
    return `class ${this.name}`;
  }
}

/** A module-level binding. `let` bindings that are reassigned become globals. */
export class GlobalDesc {
  /** Value after module initialisation (Load stage), for prebuilt constants. */
  value: unknown = undefined;
  loaded = false;
  constructor(
    public name: string,
    public file: string,
    public mutable: boolean,
    /** A module-level variable, or a static field of a class. */
    public decl: ts.VariableDeclaration | ts.PropertyDeclaration,
    public loc: SourceLoc | null,
  ) {}
  toString(): string {
    return `global ${this.name}`;
  }
}

/** A library operation (Math.floor, console.log, os.write...). */
export class BuiltinDesc {
  constructor(public name: string) {}
  toString(): string {
    return `builtin ${this.name}`;
  }
}

/** The prefix of the synthesized methods that make the rest of an object pattern (`const { type, ...payload } = event`). */
export const REST_METHOD = "$rest#";

/** How a Map or Set keys its entries: integers, strings (by contents), objects (by identity). */
export type KeyKind = "int" | "str" | "ref";

/** The kinds of primitive a value union holds boxed (rts/rlib/values). */
export type BoxKind = "number" | "string" | "boolean" | "function" | "array" | "map" | "set" | "dict";

/** An init-time value a value union holds boxed (rts/rlib/values): a primitive or a function. */
export type Boxable = number | string | boolean | ((...args: never[]) => unknown);

export function isBoxable(x: unknown): x is Boxable {
  return typeof x === "number" || typeof x === "string" || typeof x === "boolean" || typeof x === "function";
}

/** The box class of each kind, in rts/rlib/values. */
export const BOX_CLASS: Record<BoxKind, string> = { number: "NumberBox", string: "StringBox", boolean: "BooleanBox", function: "FunctionBox", array: "ArrayBox", map: "MapBox", set: "SetBox", dict: "DictBox" };

/** The box kinds of objects (boxed by reference: compared by identity, unboxed with their type kept). */
export const OBJECT_BOX_KINDS: ReadonlySet<BoxKind> = new Set<BoxKind>(["function", "array", "map", "set", "dict"]);

/** The class of symbols (rts/rlib/values SymbolValue): printed as `Symbol(description)`, skipped by JSON.stringify. */
export function isSymbolClass(c: ClassDesc): boolean {
  return c.name === "SymbolValue" && !!c.decl && c.decl.getSourceFile().fileName.endsWith("/rlib/values.ts");
}

/** A box class of rts/rlib/values (what a value union holds a primitive in). */
export function isBoxClass(c: ClassDesc): boolean {
  return boxKindOfClass(c) !== null;
}

/** The kind of primitive a box class holds, or null (not a box class). */
export function boxKindOfClass(c: ClassDesc): BoxKind | null {
  const kind = (Object.keys(BOX_CLASS) as BoxKind[]).find((k) => BOX_CLASS[k] === c.name);
  return kind && c.decl?.getSourceFile().fileName.endsWith("/rlib/values.ts") ? kind : null;
}

/** c is an Error in JavaScript's sense: under `error` (the builtin Error) and not a thrown plain class. */
export function isErrorClass(c: ClassDesc, error: ClassDesc): boolean {
  for (let k: ClassDesc | null = c; k; k = k.base) {
    if (k.thrownPlain) return false;
    if (k === error) return true;
  }
  return false;
}
