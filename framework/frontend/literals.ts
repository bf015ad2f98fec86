// Lowering of object literals: a record (an instance of the literal's
// shape class, frontend/records.ts) or, typed as `Record<string, T>` /
// `{ [key: string]: T }`, an object used as a map (a Map<string, T>,
// rts/rlib/dicts).
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import { MemberLowering } from "./members.ts";
import { M } from "../diagnostics/messages.ts";
import { isLiteralMethod, literalThisKey } from "./closures.ts";

export abstract class ObjectLiteralLowering extends MemberLowering {
  abstract identifier(id: ts.Identifier): Value;

  fail(n: ts.Node, msg: { code: number; text: string; hint?: string }, ...args: string[]): never {
    return this.fe.fail(n, msg, ...args);
  }

  /** `{ name: v, x, ...r }`: an instance of the literal's record shape (frontend/records.ts). */
  objectLiteral(e: ts.ObjectLiteralExpression): Value {
    const records = this.fe.records;
    const ctx = this.checker.getContextualType(e);
    if (ctx && this.fe.types.isDictType(ctx)) return this.dictLiteral(e);
    const target = records.targetType(e);
    if (!records.isRecordType(target)) return this.fail(e, M.objectLiteralType, this.checker.typeToString(target));
    const cls = records.classFor(records.literalFields(e, target), target, e, this.fn.typeEnv, this.fe.scopeName(this.fn));
    // methods whose `this` is the object capture it in a cell, filled once the object is made
    const thisKey = literalThisKey(e);
    if (this.isBoxed(thisKey)) this.b.write(thisKey, this.b.emit("newcell", [], this.loc(e), "cell"));
    // the values in source order; a field's place is where the object first got it
    const values = new Map<string, Value>();
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p)) values.set(records.propertyName(p.name), this.expr(p.initializer));
      else if (isLiteralMethod(p)) values.set(records.propertyName(p.name), this.makeClosure(p));
      else if (ts.isShorthandPropertyAssignment(p)) values.set(p.name.text, this.identifier(p.name));
      else if (ts.isSpreadAssignment(p)) {
        const src = this.expr(p.expression);
        for (const sp of records.spreadType(p.expression).getProperties()) values.set(sp.name, this.op("getattr", [src, new Constant(sp.name)], p));
      }
    }
    const rec = this.op("newrecord", [new Constant(cls), ...[...cls.fields.keys()].map((n) => values.get(n) ?? new Constant(undefined))], e, "rec");
    if (this.isBoxed(thisKey)) this.b.emit("cell_set", [this.b.read(thisKey), rec], this.loc(e), "_");
    return rec;
  }

  /** `{ a: 1, "b-c": 2, ...other }` typed as a map-like object: a Map<string, T> (rts/rlib/dicts). */
  private dictLiteral(e: ts.ObjectLiteralExpression): Value {
    const d = this.op("newmap", [new Constant("map"), new Constant("str"), new Constant("dict")], e, "dict");
    const helper = (name: string) => new Constant(this.fe.arrayHelper(name, "rts/rlib/dicts"));
    for (const p of e.properties) {
      // (a computed key, `[e.level]: n`, is a key known at run time: natural for an object used as a map)
      if (ts.isPropertyAssignment(p) && ts.isComputedPropertyName(p.name)) this.op("simple_call", [helper("dictSet"), d, this.op("str", [this.expr(p.name.expression)], p.name, "key"), this.expr(p.initializer)], p, "_");
      else if (ts.isPropertyAssignment(p)) this.op("simple_call", [helper("dictSet"), d, new Constant(this.fe.records.propertyName(p.name)), this.expr(p.initializer)], p, "_");
      else if (ts.isShorthandPropertyAssignment(p)) this.op("simple_call", [helper("dictSet"), d, new Constant(p.name.text), this.identifier(p.name)], p, "_");
      else if (ts.isSpreadAssignment(p) && this.fe.types.isDict(p.expression)) this.op("simple_call", [helper("dictCopyInto"), d, this.expr(p.expression)], p, "_");
      else if (ts.isSpreadAssignment(p)) {
        const src = this.expr(p.expression);
        for (const sp of this.fe.records.spreadType(p.expression).getProperties()) {
          this.op("simple_call", [helper("dictSet"), d, new Constant(sp.name), this.op("getattr", [src, new Constant(sp.name)], p)], p, "_");
        }
      } else this.fail(p, M.objectLiteralMember, p.getText().split("\n")[0].slice(0, 40));
    }
    return d;
  }
}
