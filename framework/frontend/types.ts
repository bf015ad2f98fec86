// Reading TypeScript types for the frontend: nullability, the class of an
// instance type (read through a generic copy's type environment), Map and
// Set key kinds, what a for-of iterates, and tuple types (one class per
// tuple type, with fields i0, i1, ...).
import { ts } from "ts-morph";
import { M } from "../diagnostics/messages.ts";
import { ClassDesc, FieldDesc, type BoxKind, type KeyKind } from "../flow/descriptors.ts";
import { RLIB_CLASSES } from "./builtins.ts";
import { EMPTY_ENV, hasFreeTypeParameter, isTypeParameter, resolveBound, typeArgumentsOf, typeKey, type TypeEnv } from "./generics.ts";
import type { Frontend, IterationKind } from "./frontend.ts";

function primitiveKindOf(m: ts.Type): BoxKind | null {
  if (m.flags & ts.TypeFlags.NumberLike) return "number";
  if (m.flags & ts.TypeFlags.StringLike) return "string";
  if (m.flags & ts.TypeFlags.BooleanLike) return "boolean";
  if (m.flags & ts.TypeFlags.Object && m.getCallSignatures().length > 0 && m.getProperties().length === 0) return "function";
  const name = m.getSymbol()?.name;
  if (m.flags & ts.TypeFlags.Object && (name === "Array" || name === "ReadonlyArray")) return "array";
  if (m.flags & ts.TypeFlags.Object && (name === "Map" || name === "ReadonlyMap")) return "map";
  if (m.flags & ts.TypeFlags.Object && (name === "Set" || name === "ReadonlySet")) return "set";
  return null;
}

export class TypeReader {
  private readonly tupleClasses = new Map<string, ClassDesc>();

  constructor(private readonly fe: Frontend) {}

  private nonNullMembers(t: ts.Type): { members: ts.Type[]; nullable: boolean } {
    const all = t.isUnion() ? t.types : [t];
    const members = all.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    return { members, nullable: members.length !== all.length };
  }

  /** The one non-null member of t (t itself when there are several). */
  nonNullType(t: ts.Type): ts.Type {
    const { members } = this.nonNullMembers(t);
    return members.length === 1 ? members[0] : t;
  }

  isNullable(t: ts.Type): boolean {
    return this.nonNullMembers(t).nullable;
  }

  /** The type admits undefined (`x?: T`, `T | undefined`). */
  isUndefinable(t: ts.Type): boolean {
    return (t.isUnion() ? t.types : [t]).some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void));
  }

  /** The kinds of t's non-null members: a primitive kind, or null for an object type. */
  private memberKinds(t: ts.Type, env: TypeEnv): Set<BoxKind | null> {
    return new Set(this.nonNullMembers(resolveBound(t, env).t).members.map((m) => primitiveKindOf(m) ?? (this.isDictType(m) ? "dict" : null)));
  }

  /** The primitive kind every non-null member of t has (`number`, `"a" | "b"`, `boolean`), or null. */
  primitiveKind(t: ts.Type, env: TypeEnv = EMPTY_ENV): BoxKind | null {
    const kinds = this.memberKinds(t, env);
    return kinds.size === 1 ? [...kinds][0] : null;
  }

  /** t has a member that is no boxable kind (a class instance or record). */
  hasObjectMembers(t: ts.Type, env: TypeEnv = EMPTY_ENV): boolean {
    return this.memberKinds(t, env).has(null);
  }

  /**
   * The kinds of a value union a member access is made on (`x.length` where
   * x is `string | Value[]`): two or more boxable kinds and nothing else
   * (not null either); null otherwise.
   */
  accessKinds(t: ts.Type, env: TypeEnv = EMPTY_ENV): BoxKind[] | null {
    if (this.isNullable(t)) return null;
    const kinds = this.memberKinds(t, env);
    return kinds.size >= 2 && !kinds.has(null) ? ([...kinds] as BoxKind[]) : null;
  }

  /** The primitive kinds among t's members. */
  primitiveKinds(t: ts.Type, env: TypeEnv = EMPTY_ENV): Set<BoxKind> {
    return new Set([...this.memberKinds(t, env)].filter((k): k is BoxKind => k !== null));
  }

  /** t is a value union: its non-null members are of several kinds, one a primitive (`number | string`, `number | Node`). */
  isValueUnion(t: ts.Type, env: TypeEnv = EMPTY_ENV): boolean {
    const kinds = this.memberKinds(t, env);
    return kinds.size > 1 && [...kinds].some((k) => k !== null);
  }

  /**
   * The class of an instance type (`C`, or `C | null` when allowNull), read
   * in `env` (inside a copy of a generic class, `T` means its type argument).
   */
  classOfType(t: ts.Type, allowNull: boolean, env: TypeEnv = EMPTY_ENV): ClassDesc | null {
    const r = resolveBound(t, env);
    const { members, nullable } = this.nonNullMembers(r.t);
    if (members.length !== 1 || (nullable && !allowNull)) return null;
    const m = resolveBound(members[0], r.env);
    if (isTypeParameter(m.t)) {
      // an unbound type parameter (`this`, or `T extends Shape` in a generic function): its constraint
      const c = m.t.getConstraint();
      return c ? this.classOfType(c, allowNull, m.env) : null;
    }
    if (m.t !== members[0] && this.isNullable(m.t) && !allowNull) return null;
    if (m.t.isUnion()) return this.classOfType(m.t, allowNull, m.env);
    if (m.t.flags & ts.TypeFlags.ESSymbolLike) return this.fe.symbolClass();
    const sym = m.t.getSymbol();
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (!decl || !(m.t.flags & ts.TypeFlags.Object)) return null;
    const user = ts.isClassDeclaration(decl) && !this.fe.isLibDecl(decl) &&
      (!this.fe.rlibFiles.has(decl.getSourceFile().fileName) || !RLIB_CLASSES.has(`${this.fe.rlibFiles.get(decl.getSourceFile().fileName)}:${decl.name?.text}`));
    if (user) {
      const args = typeArgumentsOf(this.fe.checker, m.t).map((a) => ({ t: a, env: m.env }));
      return this.fe.classFor(decl as ts.ClassDeclaration, args.length > 0 ? args : null);
    }
    if (this.fe.isLibDecl(decl) && sym && this.fe.builtinClasses.has(sym.name)) return this.fe.builtinClasses.get(sym.name)!;
    if (this.fe.isLibDecl(decl) && sym?.name === "RegExp") return this.fe.regexClass("Regex");
    if (this.fe.isLibDecl(decl) && (sym?.name === "RegExpMatchArray" || sym?.name === "RegExpExecArray")) return this.fe.regexClass("RegexMatch");
    return null;
  }

  classOfExpression(e: ts.Expression): ClassDesc {
    if (ts.isIdentifier(e) && this.fe.isGlobalName(e) && this.fe.builtinClasses.has(e.text)) return this.fe.builtinClasses.get(e.text)!;
    const sym = this.fe.symbolOf(e);
    const decl = sym?.valueDeclaration;
    if (decl && ts.isClassDeclaration(decl)) return this.fe.classFor(decl);
    return this.fe.fail(e, M.unsupportedName, e.getText());
  }

  private typeName(e: ts.Expression): string | undefined {
    const t = this.fe.checker.getTypeAtLocation(e);
    return (this.nonNullMembers(t).members[0] ?? t).getSymbol()?.name;
  }

  /**
   * An object type used as a map: `Record<string, T>` or `{ [key: string]: T }`
   * (a string index signature and no declared properties) — a Map<string, T>
   * at run time (rts/rlib/dicts).
   */
  isDictType(t: ts.Type): boolean {
    const nn = this.nonNullType(t);
    if (!(nn.flags & ts.TypeFlags.Object) || nn.isUnion() || this.fe.checker.isArrayType(nn) || this.fe.checker.isTupleType(nn)) return false;
    if (nn.getProperties().length > 0 || nn.getCallSignatures().length > 0) return false;
    const infos = this.fe.checker.getIndexInfosOfType(nn);
    return infos.length === 1 && !!(infos[0].keyType.flags & ts.TypeFlags.String);
  }

  /** A value of type t may hold a RegExp or a match array (inside arrays, tuples, fields...): console.log cannot print it yet. */
  mentionsRegex(t: ts.Type, seen = new Set<ts.Type>()): boolean {
    if (seen.has(t) || seen.size > 200) return false;
    seen.add(t);
    if (this.isMatchArray(t)) return true;
    const sym = t.getSymbol();
    if (sym?.name === "RegExp" && sym.declarations?.some((d) => this.fe.isLibDecl(d))) return true;
    if (t.isUnionOrIntersection()) return t.types.some((m) => this.mentionsRegex(m, seen));
    if (!(t.flags & ts.TypeFlags.Object)) return false;
    const c = this.fe.checker;
    if (c.isArrayType(t) || c.isTupleType(t) || ["Map", "Set"].includes(t.getSymbol()?.name ?? "")) return c.getTypeArguments(t as ts.TypeReference).some((a) => this.mentionsRegex(a, seen));
    if (t.getCallSignatures().length > 0) return false;
    const decl = t.getSymbol()?.declarations?.[0];
    if (decl && this.fe.isLibDecl(decl)) return false;
    return t.getProperties().some((p) => !(p.flags & ts.SymbolFlags.Method) && !!p.valueDeclaration && this.mentionsRegex(c.getTypeOfSymbolAtLocation(p, p.valueDeclaration), seen));
  }

  /** RegExpMatchArray / RegExpExecArray: a RegexMatch (rts/rlib/regex) whose array is its `items`. */
  isMatchArray(t: ts.Type): boolean {
    const nn = this.nonNullType(t);
    const name = nn.getSymbol()?.name;
    const decl = nn.getSymbol()?.declarations?.[0];
    return (name === "RegExpMatchArray" || name === "RegExpExecArray") && !!decl && this.fe.isLibDecl(decl);
  }

  /** e's type is a map-like object type (isDictType). */
  isDict(e: ts.Expression): boolean {
    return this.isDictType(this.fe.checker.getTypeAtLocation(e));
  }

  isMapType(e: ts.Expression): boolean {
    return this.typeName(e) === "Map";
  }

  /** V of the Map<K, V> type of e. */
  mapValueType(e: ts.Expression): ts.Type {
    const t = this.fe.checker.getNonNullableType(this.fe.checker.getTypeAtLocation(e));
    return this.fe.checker.getTypeArguments(t as ts.TypeReference)[1] ?? t;
  }

  /**
   * "str" or "int" for the key type of a Map/Set type; null where the type
   * leaves it open (the first key the program uses decides then).
   */
  keyKind(t: ts.Type, env: TypeEnv, at: ts.Node, what: string): KeyKind | null {
    const args = this.fe.checker.getTypeArguments(t as ts.TypeReference);
    if (!args[0]) return null;
    const k = resolveBound(args[0], env).t;
    const TF = ts.TypeFlags;
    if (k.flags & (TF.Any | TF.Unknown) || isTypeParameter(k)) return null;
    const members = k.isUnion() ? k.types : [k];
    if (members.every((m) => m.flags & TF.StringLike)) return "str";
    if (members.every((m) => m.flags & TF.NumberLike)) return "int";
    // objects (class instances, records), maybe null: keyed by identity
    const objects = members.filter((m) => !(m.flags & TF.Null));
    if (objects.length > 0 && objects.every((m) => this.isIdentityKey(m))) return "ref";
    return this.fe.fail(at, M.mapKeyType, what, this.fe.checker.typeToString(k));
  }

  /** A class instance, record or symbol type: no arrays, functions, Maps or objects used as maps. */
  private isIdentityKey(t: ts.Type): boolean {
    const c = this.fe.checker;
    if (t.flags & ts.TypeFlags.ESSymbolLike) return true; // (a symbol is an object of RTS's, rts/rlib/values SymbolValue)
    if (!(t.flags & ts.TypeFlags.Object) || c.isArrayType(t) || c.isTupleType(t) || this.isDictType(t) || this.isMatchArray(t)) return false;
    if (t.getCallSignatures().length > 0) return false;
    const name = this.collectionName(t);
    return !["Map", "Set", "RegExp", "Uint8Array", "Int32Array", "Float64Array", "Array"].includes(name ?? "");
  }

  /** "Map" or "Set" for those types (a ReadonlyMap or ReadonlySet is one seen through a narrower type), else t's symbol name. */
  collectionName(t: ts.Type): string | undefined {
    const n = this.nonNullType(t).getSymbol()?.name;
    return n === "ReadonlyMap" ? "Map" : n === "ReadonlySet" ? "Set" : n;
  }

  iterationKind(e: ts.Expression): IterationKind {
    const collection = (x: ts.Expression): string | undefined => this.collectionName(this.fe.checker.getTypeAtLocation(x));
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.arguments.length === 0) {
      const recv = e.expression.expression;
      const which = e.expression.name.text;
      const tn = collection(recv);
      if ((tn === "Map" || tn === "Set") && (which === "keys" || which === "values" || which === "entries")) {
        const kind = tn === "Set" && which === "values" ? "keys" : which;
        return { kind, via: true };
      }
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "matchAll") return { kind: "array", via: false };
    const tn = collection(e);
    if (tn === "Map") return { kind: "entries", via: false };
    if (tn === "Set") return { kind: "keys", via: false };
    const t = this.fe.checker.getTypeAtLocation(e);
    if (this.isArrayLike(t)) return { kind: "array", via: false }; // also `s.match(re) ?? []`
    if (this.fe.checker.isArrayType(t) || this.isMatchArray(t) || tn === "Uint8Array" || tn === "Int32Array" || tn === "Float64Array") return { kind: "array", via: false };
    return this.fe.fail(e, M.iterationSource, this.fe.checker.typeToString(t));
  }

  /** Every member of t that is not null or undefined is an array, a match array or `[]` (`s.match(re) ?? []`). */
  isArrayLike(t: ts.Type): boolean {
    const arrays = (x: ts.Type): boolean => this.fe.checker.isArrayType(x) || this.isMatchArray(x) || this.isEmptyTuple(x);
    const parts = (t.isUnion() ? t.types : [t]).filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    return parts.length > 0 && parts.every(arrays);
  }

  /** Tuples are instances of a class per tuple type, with fields i0, i1, ... */
  tupleClass(t: ts.Type, at: ts.Node, env: TypeEnv = EMPTY_ENV, scope: string | null = null): ClassDesc {
    // literal element types are widened: [Status.Ok, number] and [Status.Failed, number] are one class;
    // in a generic class's copy [K, V] is the tuple of what K and V stand for there
    const elems = this.fe.checker.getTypeArguments(t as ts.TypeReference).map((a) => this.fe.checker.getBaseTypeOfLiteralType(a));
    let key = `[${elems.map((a) => typeKey(this.fe.checker, a, env)).join(", ")}]`;
    // [K, V] in a copy of a generic function (specialized by argument shapes, without a type environment): that copy's own
    if (scope && elems.some((a) => hasFreeTypeParameter(this.fe.checker, a, env))) key += ` in ${scope}`;
    const required = this.tupleMinLength(t);
    if (required < elems.length) key += ` (${required} required)`;
    let c = this.tupleClasses.get(key);
    if (!c) {
      const n = this.fe.checker.getTypeArguments(t as ts.TypeReference).length;
      if (n === 0) this.fe.fail(at, M.unsupportedExpression, "empty tuple");
      c = new ClassDesc(key, null, this.fe.loc(at));
      c.builtin = true;
      c.tuple = true;
      for (let i = 0; i < n; i++) {
        const f = new FieldDesc(`i${i}`, c, null, null, null);
        // an optional element (`[string, number?]`) the literal left out: not an item (length, printing)
        f.absentWhenUndefined = i >= required;
        c.fields.set(`i${i}`, f);
      }
      this.tupleClasses.set(key, c);
      this.fe.allClasses.push(c);
    }
    return c;
  }

  /** How many leading elements of tuple type t are required (`[string, number?]`: 1). */
  tupleMinLength(t: ts.Type): number {
    return (t as ts.TupleTypeReference).target.minLength;
  }

  isTuple(e: ts.Expression): ts.Type | null {
    const t = this.fe.checker.getTypeAtLocation(e);
    const nn = this.fe.checker.getNonNullableType(t);
    // (a tuple with a rest element, `[self: Obj, ...args: Slot[]]`, is an array: its length is not fixed)
    return this.fe.checker.isTupleType(nn) && !this.isEmptyTuple(nn) && !(nn as ts.TupleTypeReference).target.hasRestElement ? nn : null;
  }

  /**
   * The tuple type a tuple literal is written for (`["dup", (vm) => ...]`
   * where a `[string, Primitive]` is expected), so that literals of one
   * declared tuple type make one class even where their own types differ
   * (the elements a shorter literal leaves out are undefined); null when the
   * context names no tuple the literal's length fits.
   */
  contextualTuple(e: ts.ArrayLiteralExpression): ts.Type | null {
    const ctx = this.fe.checker.getContextualType(e);
    if (!ctx) return null;
    const n = e.elements.length;
    // (a tuple with optional elements, `[string, string, string?]`, also takes the shorter literals)
    const fits = (t: ts.Type): boolean =>
      this.fe.checker.isTupleType(t) && n >= (t as ts.TupleTypeReference).target.minLength && n <= this.fe.checker.getTypeArguments(t as ts.TypeReference).length;
    const found = (ctx.isUnion() ? ctx.types : [ctx]).filter(fits);
    return found.length === 1 ? found[0] : null;
  }

  /**
   * An array literal TypeScript gives a tuple type only because a Map in its
   * context iterates as tuples (`[2, [3]]` where `number | V[] | Map<string, V>`
   * is expected: `[3]` is `[number]`): where the context also takes an array
   * and no tuple the literal fits, it is an array.
   */
  isArrayInTupleContext(e: ts.ArrayLiteralExpression): boolean {
    const ctx = this.fe.checker.getContextualType(e);
    if (!ctx || this.contextualTuple(e)) return false;
    return (ctx.isUnion() ? ctx.types : [ctx]).some((m) => this.fe.checker.isArrayType(m));
  }

  /** `[]` as TypeScript types an empty array literal beside a tuple or match array (`s.match(re) ?? []`): an empty array. */
  isEmptyTuple(t: ts.Type): boolean {
    return this.fe.checker.isTupleType(t) && this.fe.checker.getTypeArguments(t as ts.TypeReference).length === 0;
  }
}
