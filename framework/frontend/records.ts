// Records: object types (type literals, interfaces of properties, the types
// of object literals) whose values are plain JavaScript objects.  RTS holds
// each such object as an instance of an anonymous class per shape — the
// property names in the order the object got them, with their types — as
// V8 gives it a hidden class.  A value of a record type may be of several
// shapes (a discriminated union, a wider object, a class implementing the
// interface): the annotator meets them at the object root and reads fields
// through accessors (annotator/families.ts), and TypeScript's narrowing
// (`switch (e.kind)`) becomes a `narrow_shape` op that keeps the shapes the
// narrowed type admits.
import { ts } from "ts-morph";
import { ClassDesc, FieldDesc, REST_METHOD, isBoxClass } from "../flow/descriptors.ts";
import { M } from "../diagnostics/messages.ts";
import { hasFreeTypeParameter, typeKey, type TypeEnv } from "./generics.ts";
import type { Frontend } from "./frontend.ts";

/** A property of a record shape, in the object's property order. */
export interface RecordField {
  name: string;
  type: ts.Type;
  /** Written by the literal (else an optional property of the target type the object lacks). */
  given: boolean;
}

/** What a `narrow_shape` op keeps: the classes whose values TypeScript's narrowed type admits. */
export class ShapeTest {
  constructor(
    readonly type: ts.Type,
    readonly describe: string,
    readonly admits: (c: ClassDesc) => boolean,
    /** For `"p" in x`: p. */
    readonly property: string | null = null,
  ) {}
  toString(): string {
    return `shape ${this.describe}`;
  }
}

const TF = ts.TypeFlags;

export class RecordTypes {
  private readonly classes = new Map<string, ClassDesc>();
  private readonly fitCache = new Map<ClassDesc, Map<ts.Type, boolean>>();

  constructor(private readonly fe: Frontend) {}

  private get checker(): ts.TypeChecker {
    return this.fe.checker;
  }

  /**
   * An object type RTS holds as a record: a type literal, an object
   * literal's type, an interface with properties only (an interface with
   * methods is one classes implement), or an intersection of those.
   */
  isRecordType(t: ts.Type): boolean {
    if (t.isIntersection()) return t.types.every((m) => this.isRecordType(m));
    if (!(t.flags & TF.Object) || this.checker.isArrayType(t) || this.checker.isTupleType(t)) return false;
    if (t.getCallSignatures().length > 0 || t.getConstructSignatures().length > 0) return false;
    if (this.checker.getIndexInfosOfType(t).length > 0) return false;
    const decl = t.getSymbol()?.declarations?.[0];
    if (!decl || this.fe.isLibDecl(decl)) return false;
    // (a binding element's type: the rest of an object pattern, `const { type, ...payload } = event`)
    if (ts.isTypeLiteralNode(decl) || ts.isObjectLiteralExpression(decl) || ts.isBindingElement(decl)) return true;
    if (ts.isInterfaceDeclaration(decl)) return t.getProperties().every((p) => !(p.flags & ts.SymbolFlags.Method));
    return false;
  }

  private readonly rests = new Map<string, { excluded: string[]; type: ts.Type; at: ts.Node }>();

  /** The method that makes the rest of an object pattern (`...payload`), per pattern: each record shape gets its own. */
  restMethod(excluded: string[], type: ts.Type, at: ts.Node): string {
    const name = `${REST_METHOD}${this.rests.size}`;
    this.rests.set(name, { excluded, type, at });
    return name;
  }

  /** The shape of what rest method `name` makes of a record of class c: c's other properties, typed by the member of the rest's type with those names. */
  restClass(c: ClassDesc, name: string): ClassDesc {
    const { excluded, type, at } = this.rests.get(name)!;
    const kept = [...c.fields.values()].filter((f) => !excluded.includes(f.name));
    const names = kept.map((f) => f.name).sort().join(",");
    const target = this.members(type).find((m) => m.getProperties().map((p) => p.name).sort().join(",") === names) ?? type;
    const fields: RecordField[] = kept.map((f) => ({ name: f.name, type: f.declaredType ?? this.checker.getTypeOfSymbol(target.getProperty(f.name)!), given: !f.absentWhenUndefined }));
    return this.classFor(fields, target, at, new Map());
  }

  /** e's value is a record (every member of its type a record type; not null). */
  isRecordValue(e: ts.Expression): boolean {
    const t = this.checker.getTypeAtLocation(e);
    const ms = this.members(t);
    return ms.length > 0 && ms.length === (t.isUnion() ? t.types.length : 1) && ms.every((m) => this.isRecordType(m));
  }

  /** The members of t that are not null or undefined. */
  private members(t: ts.Type): ts.Type[] {
    return (t.isUnion() ? t.types : [t]).filter((m) => !(m.flags & (TF.Null | TF.Undefined | TF.Void)));
  }

  /** The type an object literal makes: the member of its contextual type it fits, else its own. */
  targetType(e: ts.ObjectLiteralExpression): ts.Type {
    const own = this.checker.getTypeAtLocation(e);
    const ctx = this.checker.getContextualType(e);
    if (ctx) {
      const recs = this.members(ctx).filter((m) => this.isRecordType(m));
      for (const m of recs) if (this.checker.isTypeAssignableTo(own, m)) return m;
    }
    return own;
  }

  /** The shape an object literal makes (spread properties come from the spread value's type). */
  literalFields(e: ts.ObjectLiteralExpression, target: ts.Type): RecordField[] {
    const fields: RecordField[] = [];
    const add = (name: string, type: ts.Type): void => {
      // a property written again keeps its place, as in JavaScript
      const old = fields.find((f) => f.name === name);
      if (old) old.type = type;
      else fields.push({ name, type, given: true });
    };
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) {
        const name = this.propertyName(p.name);
        add(name, this.propertyType(target, name, p));
      } else if (ts.isMethodDeclaration(p) && !p.asteriskToken) {
        // a method: a property holding a function (frontend/closures.ts: its `this` is the object)
        add(this.propertyName(p.name), this.checker.getTypeAtLocation(p));
      } else if (ts.isSpreadAssignment(p)) {
        const st = this.spreadType(p.expression);
        for (const sp of st.getProperties()) add(sp.name, this.checker.getTypeOfSymbolAtLocation(sp, p.expression));
      } else {
        this.fe.fail(p, M.objectLiteralMember, p.getText().split("\n")[0].slice(0, 40));
      }
    }
    for (const tp of target.getProperties()) {
      if (!fields.some((f) => f.name === tp.name)) fields.push({ name: tp.name, type: this.checker.getTypeOfSymbolAtLocation(tp, e), given: false });
    }
    return fields;
  }

  /** The record type of a spread source (`{...p}`): only records can be spread into a literal. */
  spreadType(x: ts.Expression): ts.Type {
    const t = this.checker.getTypeAtLocation(x);
    const ms = this.members(t);
    if (ms.length !== 1 || !this.isRecordType(ms[0]) || this.fe.types.isNullable(t)) {
      return this.fe.fail(x, M.spreadSource, this.checker.typeToString(t));
    }
    return ms[0];
  }

  propertyName(n: ts.PropertyName): string {
    if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) {
      return ts.isNumericLiteral(n) ? String(Number(n.text)) : n.text;
    }
    return this.fe.fail(n, M.computedProperty, n.getText());
  }

  private propertyType(target: ts.Type, name: string, at: ts.ObjectLiteralElementLike): ts.Type {
    const sym = target.getProperty(name);
    if (sym) return this.checker.getTypeOfSymbolAtLocation(sym, at);
    const value = ts.isPropertyAssignment(at) ? at.initializer : (at as ts.ShorthandPropertyAssignment).name;
    return this.checker.getTypeAtLocation(value);
  }

  /** The class of a shape: one per list of names and property types. */
  classFor(fields: readonly RecordField[], recordType: ts.Type, at: ts.Node, env: TypeEnv, scope: string | null = null): ClassDesc {
    let key = `{ ${fields.map((f) => `${f.name}${f.given ? "" : "?"}: ${this.fieldKey(f.type, env)}`).join("; ")} }`;
    // { value: T } in a copy of a generic function (which has no type environment): that copy's own shape
    if (scope && fields.some((f) => hasFreeTypeParameter(this.checker, f.type, env))) key += ` in ${scope}`;
    let c = this.classes.get(key);
    if (!c) {
      c = new ClassDesc(key, null, this.fe.loc(at));
      c.record = recordType;
      this.fe.adoptClass(c);
      for (const f of fields) {
        const fd = new FieldDesc(f.name, c, f.type, null, null);
        fd.absentWhenUndefined = !f.given;
        c.fields.set(f.name, fd);
      }
      this.classes.set(key, c);
    }
    return c;
  }

  /** Literal types stay apart (`kind: "num"` and `kind: "op"` make two shapes, so narrowing can tell them). */
  private fieldKey(t: ts.Type, env: TypeEnv): string {
    if (t.isUnion()) return [...new Set(t.types.map((m) => this.fieldKey(m, env)))].sort().join(" | ");
    if (t.isStringLiteral() || t.isNumberLiteral()) return JSON.stringify(t.value);
    if (t.flags & TF.BooleanLiteral) return this.checker.typeToString(t);
    return typeKey(this.checker, t, env);
  }

  /** The class of an object module-level code built (its keys in its own order, typed by `t`). */
  prebuiltClass(x: object, t: ts.Type | undefined): ClassDesc | null {
    if (Object.getPrototypeOf(x) !== Object.prototype || !t) return null;
    const keys = Object.keys(x);
    const fits = (m: ts.Type): boolean =>
      keys.every((k) => m.getProperty(k)) &&
      m.getProperties().every((p) => {
        const pt = this.checker.getTypeOfSymbol(p);
        const v = (x as Record<string, unknown>)[p.name];
        if (!keys.includes(p.name)) return !!(p.flags & ts.SymbolFlags.Optional);
        return pt.isLiteral() ? pt.value === v : pt.flags & TF.BooleanLiteral ? this.checker.typeToString(pt) === String(v) : true;
      });
    const target = this.members(t).find((m) => this.isRecordType(m) && fits(m));
    if (!target) return null;
    const fields: RecordField[] = keys.map((k) => ({ name: k, type: this.checker.getTypeOfSymbol(target.getProperty(k)!), given: true }));
    for (const p of target.getProperties()) if (!keys.includes(p.name)) fields.push({ name: p.name, type: this.checker.getTypeOfSymbol(p), given: false });
    return this.classFor(fields, target, this.fe.entry, new Map());
  }

  /**
   * The test a read of a value narrowed to `here` (from `declared`) needs,
   * or null when narrowing keeps every shape.
   */
  shapeTest(here: ts.Type, declared: ts.Type | null): ShapeTest | null {
    if (declared === here) return null;
    const ms = this.members(here);
    if (ms.length === 0 || !ms.some((m) => this.isRecordType(m))) return null;
    if (!ms.every((m) => m.flags & TF.Object)) return null;
    const target = this.checker.getNonNullableType(here);
    return new ShapeTest(target, this.checker.typeToString(target), (c) => this.fits(c, target));
  }

  /**
   * `"p" in x` where x is a union of object types: true when every member
   * has p (subclasses inherit it), else the test of the classes that have p
   * (a subclass may add it: decided per class, not per member type); null
   * where a member is not a class instance or record, "optional" where p is
   * optional in a member (RTS does not tell an absent property from an
   * undefined one).
   */
  propertyTest(x: ts.Type, p: string): true | ShapeTest | null | "optional" {
    const ms = this.members(x);
    const c = this.checker;
    if (ms.some((m) => !(m.flags & TF.Object) || c.isArrayType(m) || c.isTupleType(m) || m.getCallSignatures().length > 0 || this.fe.types.isDictType(m))) return null;
    const props = ms.map((m) => c.getPropertyOfType(m, p));
    if (props.some((s) => s && s.flags & ts.SymbolFlags.Optional)) return "optional";
    if (props.every((s) => s)) return true;
    return new ShapeTest(x, `values with '${p}'`, (k) => this.hasProperty(k, p), p);
  }

  /** Instances of class c have property p (a field, method or accessor, maybe inherited); never a value box. */
  private hasProperty(c: ClassDesc, p: string): boolean {
    if (isBoxClass(c)) return false;
    const t = c.record ?? (c.decl ? this.checker.getTypeAtLocation(c.decl) : null);
    return !!t && !!this.checker.getPropertyOfType(t, p);
  }

  /** Values of class c may have type t (a record's shape type, or a user class's instance type). */
  private fits(c: ClassDesc, t: ts.Type): boolean {
    let cache = this.fitCache.get(c);
    if (!cache) this.fitCache.set(c, (cache = new Map()));
    let r = cache.get(t);
    if (r === undefined) {
      const ct = c.record ?? (c.decl && !c.decl.typeParameters?.length ? this.checker.getTypeAtLocation(c.decl) : null);
      r = ct ? this.checker.isTypeAssignableTo(ct, t) : true;
      cache.set(t, r);
    }
    return r;
  }
}
