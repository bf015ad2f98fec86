// Lowering of TypeScript's narrowing and casts where they change what a
// value is at run time: a value union narrowed to one primitive (`typeof v
// === "number"`: unbox) or to fewer kinds (narrow_value), a union of classes
// and records narrowed by instanceof, a discriminant or `in` (downcast,
// narrow_shape), `x!` of a type parameter; casts (`v as string`, `x as T`);
// members of a value union narrowed to several kinds, chosen kind by kind at
// run time (`v.length` of `string | Value[]`); a record indexed by a union
// of its property names.
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import type { BoxKind } from "../flow/descriptors.ts";
import { TupleLowering } from "./tuples.ts";
import { M } from "../diagnostics/messages.ts";
import { EMPTY_ENV, typeArgumentsOf } from "./generics.ts";

const K = ts.SyntaxKind;

export abstract class NarrowingLowering extends TupleLowering {
  /**
   * `{ "+": a + b, "-": a - b }[op]`, `rec[key]` where the key's type is a
   * union of the record's property names: the property the key names
   * (compared in turn; TypeScript guarantees one matches).
   */
  protected propertyByKey(ea: ts.ElementAccessExpression, obj: Value): Value | null {
    const keyType = this.checker.getTypeAtLocation(ea.argumentExpression);
    const names = (keyType.isUnion() ? keyType.types : [keyType]).map((t) => (t.isStringLiteral() ? t.value : null));
    if (names.some((n) => n === null) || !this.fe.records.isRecordValue(ea.expression)) return null;
    const key = this.expr(ea.argumentExpression);
    const merge = this.b.newBlock(1, "pv");
    for (const name of names.slice(0, -1)) {
      const hit = this.b.newBlock();
      const next = this.b.newBlock();
      this.b.branch(this.op("eq", [key, new Constant(name)], ea, "is"), hit, next);
      this.b.startBlock(hit);
      this.b.goto(merge, [this.op("getattr", [obj, new Constant(name)], ea)]);
      this.b.startBlock(next);
    }
    this.b.goto(merge, [this.op("getattr", [obj, new Constant(names.at(-1))], ea)]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  /**
   * TypeScript narrows a variable's type by control flow (instanceof, null
   * checks).  Where the narrowed type is a class type, make the narrowing
   * explicit with a checked downcast so the annotator sees it too.
   */
  narrow(n: ts.Expression, v: Value): Value {
    const env = this.fn.typeEnv;
    const here = this.checker.getTypeAtLocation(n);
    const sym = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(n) ? n.name : n);
    const decl = sym?.valueDeclaration;
    const declared = decl ? this.checker.getTypeOfSymbolAtLocation(sym!, decl) : null;
    // a value union narrowed to one primitive type (`typeof v === "number"`): the boxed value
    if (declared && this.fe.types.isValueUnion(declared, env)) {
      const primitive = this.fe.types.primitiveKind(here, env);
      if (primitive) return this.b.emit("unbox", [v, new Constant(primitive), new Constant(this.fe.types.isNullable(here))], this.loc(n), "ub");
      // narrowed to fewer kinds (`typeof f === "object"`): the boxes of the others are gone
      const kept = this.fe.types.primitiveKinds(here, env);
      // (and without class instances and records where TypeScript's narrowed type has none: `typeof v === "string" || Array.isArray(v)`)
      const objects = this.fe.types.hasObjectMembers(here, env);
      if ([...this.fe.types.primitiveKinds(declared, env)].some((k) => !kept.has(k)) || (!objects && this.fe.types.hasObjectMembers(declared, env))) {
        v = this.b.emit("narrow_value", [v, new Constant(kept), new Constant(objects)], this.loc(n), "nv");
      }
    }
    let narrowed = this.fe.types.classOfType(here, false, env);
    // `e instanceof CycleError` of a generic class: TypeScript says CycleError<any>; the value is one of the copies
    if (narrowed?.decl && narrowed.typeEnv !== EMPTY_ENV && typeArgumentsOf(this.checker, this.checker.getNonNullableType(here)).some((a) => a.flags & ts.TypeFlags.Any)) narrowed = this.fe.classFor(narrowed.decl);
    const shape = narrowed ? null : this.fe.records.shapeTest(here, declared);
    if (shape) {
      const present = declared && this.fe.types.isNullable(declared) && !this.fe.types.isNullable(here) ? this.b.emit("nonnull", [v], this.loc(n), "nn") : v;
      return this.b.emit("narrow_shape", [present, new Constant(shape)], this.loc(n), "nn");
    }
    // `x !== null && x !== undefined` of a type parameter: TypeScript says `T & {}` (NonNullable<T>), the value is there
    if (!narrowed && declared && declared.flags & ts.TypeFlags.TypeParameter && here.isIntersection() && here.types.some((m) => this.checker.typeToString(m) === "{}")) {
      return this.b.emit("nonnull", [v], this.loc(n), "nn");
    }
    if (!narrowed) {
      // `x !== undefined`, `if (x)`... narrowed away null or undefined: the value is checked to be there
      // (not when TypeScript narrowed by the initializer: `const a: string | undefined = xs[9]` may be undefined on Node)
      if (declared && this.fe.types.isNullable(declared) && !this.fe.types.isNullable(here) && !this.narrowedByInitializer(decl)) return this.b.emit("nonnull", [v], this.loc(n), "nn");
      return v;
    }
    const declaredCls = declared ? this.fe.types.classOfType(declared, true, env) : null;
    if (declaredCls === narrowed && !this.fe.types.isNullable(declared!)) return v;
    return this.b.emit("downcast", [v, new Constant(narrowed)], this.loc(n), "nn");
  }

  /** A variable declared with an optional type whose initializer's type is not: TypeScript narrows every read to it. */
  private narrowedByInitializer(decl: ts.Declaration | undefined): boolean {
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.type || !decl.initializer) return false;
    return !this.fe.types.isNullable(this.checker.getTypeAtLocation(decl.initializer));
  }

  cast(e: ts.AsExpression | ts.TypeAssertion): Value {
    const inner = this.expr(e.expression);
    if (e.type.kind === K.AnyKeyword) this.fail(e.type, M.anyType);
    if (isJsonParse(e.expression)) return inner; // (converted to the type: frontend/json-parse.ts)
    if (ts.isTypeReferenceNode(e.type) && e.type.typeName.getText() === "const") return inner;
    const target = this.checker.getTypeFromTypeNode(e.type);
    // `v as number` of a value union: the boxed value, checked
    const primitive = this.fe.types.primitiveKind(target, this.fn.typeEnv);
    if (primitive && this.fe.types.isValueUnion(this.checker.getTypeAtLocation(e.expression), this.fn.typeEnv)) return this.b.emit("unbox", [inner, new Constant(primitive), new Constant(this.fe.types.isNullable(target))], this.loc(e), "cast");
    const source = this.checker.getTypeAtLocation(e.expression);
    if (this.checker.isTupleType(target) && this.checker.isArrayType(this.checker.getNonNullableType(source))) return this.arrayAsTuple(e, inner, target);
    const cls = this.fe.types.classOfType(target, false, this.fn.typeEnv);
    if (cls) return this.b.emit("downcast", [inner, new Constant(cls)], this.loc(e), "cast");
    // `(prog[i] as { y: number }).y = 3` of a union of record shapes: the shapes the target type admits (checked where one is left)
    const shape = this.fe.records.shapeTest(target, this.checker.getTypeAtLocation(e.expression));
    if (shape) return this.b.emit("narrow_shape", [inner, new Constant(shape)], this.loc(e), "cast");
    // `x as number` where x may be undefined: checked like x!
    if (this.fe.types.isNullable(this.checker.getTypeAtLocation(e.expression)) && !this.fe.types.isNullable(target)) return this.b.emit("nonnull", [inner], this.loc(e), "cast");
    return inner;
  }

  /**
   * A member of a value union of several kinds (`x.length` where x is
   * `string | Value[]`): tested kind by kind, each unboxed and given to
   * `body` (the member of that kind), the results merged.
   */
  byKind(x: ts.Expression, kinds: BoxKind[], body: (v: Value, kind: BoxKind) => Value): Value {
    const v = this.expr(x);
    const merge = this.b.newBlock(1, "kv");
    kinds.forEach((kind, i) => {
      const unboxed = (): Value => this.b.emit("unbox", [v, new Constant(kind), new Constant(false)], this.loc(x), "ub");
      if (i === kinds.length - 1) return this.b.goto(merge, [body(unboxed(), kind)]);
      const yes = this.b.newBlock();
      const no = this.b.newBlock();
      this.b.branch(this.op("is_kind", [v, new Constant(kind)], x, "is"), yes, no);
      this.b.startBlock(yes);
      this.b.goto(merge, [body(unboxed(), kind)]);
      this.b.startBlock(no);
    });
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }
}

/** `JSON.parse(s)` (in parentheses or not). */
function isJsonParse(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "parse" && e.expression.expression.getText() === "JSON";
}
