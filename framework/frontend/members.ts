// Member access beyond plain fields: optional chaining (`a?.b`, `a?.m()`,
// `f?.()`), accessors (`get x()` / `set x(v)` become the methods get$x and
// set$x) and static members (static fields are module globals, static
// methods plain functions).
import { ts } from "ts-morph";
import { Block, Constant, type Value, type Variable } from "../flow/model.ts";
import { BindingLowering } from "./bindings.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";
import { M } from "../diagnostics/messages.ts";

const K = ts.SyntaxKind;

export interface Place {
  get(): Value;
  set(v: Value): void;
}

/** Array methods that only read: called on a tuple, they run on an array of its items (RTS's tuples are objects). */
export const TUPLE_READ_METHODS = new Set([
  "map", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "forEach",
  "includes", "indexOf", "lastIndexOf", "join", "slice", "concat", "at", "flat", "flatMap",
]);

export const getterName = (name: string): string => `get$${name}`;
export const setterName = (name: string): string => `set$${name}`;

export function isStatic(d: ts.Declaration): boolean {
  return !!ts.getModifiers(d as ts.HasModifiers)?.some((m) => m.kind === K.StaticKeyword);
}

/** The outermost node of an optional chain (`a?.b.c` as a whole), where short-circuiting lands. */
export function isChainOutermost(e: ts.Expression): boolean {
  if (!ts.isOptionalChain(e)) return false;
  const p = e.parent;
  return !(ts.isOptionalChain(p) && (p as ts.PropertyAccessExpression | ts.CallExpression | ts.ElementAccessExpression | ts.NonNullExpression).expression === e);
}

export abstract class MemberLowering extends BindingLowering {
  abstract expr(e: ts.Expression): Value;
  abstract op(name: string, args: Value[], n: ts.Node | null, hint?: string): Variable;
  abstract narrow(n: ts.Expression, v: Value): Value;
  abstract mayReadUndefined(e: ts.Expression): boolean;

  /** `d[k]` or `d.k` of an object used as a map (rts/rlib/dicts): a read sees undefined only where the program tests for it. */
  dictPlace(obj: Value, key: Value, e: ts.Expression, at: ts.Node): Place {
    const helper = (name: string) => new Constant(this.fe.arrayHelper(name, "rts/rlib/dicts"));
    return {
      get: () => this.narrow(e, this.op("simple_call", [helper(this.mayReadUndefined(e) || isStored(e) ? "dictGet" : "dictGetStrict"), obj, key], e)),
      set: (v) => void this.op("simple_call", [helper("dictSet"), obj, key, v], at, "_"),
    };
  }

  /** Inside an optional chain: the block a null link jumps to. */
  private chainNull: Block | null = null;

  // ---- optional chaining ------------------------------------------------------------
  /**
   * Lowers a whole optional chain.  Each `?.` tests its receiver and jumps to
   * one block that yields `whenNull()` (undefined, or the right side of `??`).
   */
  chain(e: ts.Expression, lower: () => Value, whenNull: (() => Value) | null): Value {
    const merge = this.b.newBlock(1, "oc");
    const onNull = this.b.newBlock();
    const saved = this.chainNull;
    this.chainNull = onNull;
    let v: Value;
    try {
      v = lower();
    } finally {
      this.chainNull = saved;
    }
    if (whenNull && this.chainEndNullable(e)) {
      // `a?.b ?? d` where b itself may be null: that goes to d as well
      const isNull = this.b.emit("nullish", [v], this.loc(e), "isnull");
      const ok = this.b.newBlock();
      this.b.branch(isNull, onNull, ok);
      this.b.startBlock(ok);
      v = this.b.emit("nonnull", [v], this.loc(e), "nn");
    }
    this.b.goto(merge, [v]);
    this.b.startBlock(onNull);
    this.b.goto(merge, [whenNull ? whenNull() : new Constant(undefined)]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  /** The receiver of a `?.`: null leaves the chain, otherwise it continues non-null. */
  chainCheck(obj: Value, at: ts.Node): Value {
    if (!this.chainNull) throw new Error("internal: ?. outside an optional chain");
    const isNull = this.b.emit("nullish", [obj], this.loc(at), "isnull");
    const ok = this.b.newBlock();
    this.b.branch(isNull, this.chainNull, ok);
    this.b.startBlock(ok);
    return this.b.emit("nonnull", [obj], this.loc(at), "nn");
  }

  /** The type of the chain's last link, without the undefined that `?.` adds. */
  private chainEndType(e: ts.Expression): ts.Type {
    if (ts.isPropertyAccessExpression(e)) return this.checker.getTypeAtLocation(e.name);
    if (ts.isCallExpression(e)) {
      const sig = this.checker.getResolvedSignature(e);
      if (sig) return this.checker.getReturnTypeOfSignature(sig);
    }
    return this.checker.getTypeAtLocation(e);
  }

  private chainEndNullable(e: ts.Expression): boolean {
    return this.fe.types.isNullable(this.chainEndType(e));
  }

  /** The object of a member access, tested when the access is `obj?.x`. */
  receiver(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): Value {
    const obj = this.expr(e.expression);
    const r = e.questionDotToken ? this.chainCheck(obj, e) : obj;
    // a match array's own properties are fields of the RegexMatch; its items, indices and array methods are its list's
    if (ts.isPropertyAccessExpression(e) && ["index", "input", "groups"].includes(e.name.text)) return r;
    // `sides.reduce(...)` of a tuple: over an array of its items
    const method = ts.isPropertyAccessExpression(e) && ts.isCallExpression(e.parent) && e.parent.expression === e && TUPLE_READ_METHODS.has(e.name.text) ? e.name : null;
    const tuple = method ? this.fe.types.isTuple(e.expression) : null;
    if (method && tuple) {
      const n = this.checker.getTypeArguments(tuple as ts.TypeReference).length;
      if (this.fe.types.tupleMinLength(tuple) < n) return this.fe.fail(method, M.unsupportedMember, `array.${method.text} of a tuple with optional elements`);
      return this.op("newlist", Array.from({ length: n }, (_, i) => this.op("getattr", [r, new Constant(`i${i}`)], e, "item")), e, "items");
    }
    return this.asArray(r, e.expression);
  }

  /** The array a value of expression e is: a RegExpMatchArray's `items` list; other values as they are. */
  asArray(v: Value, e: ts.Node): Value {
    if (!this.fe.types.isMatchArray(this.checker.getTypeAtLocation(e))) return v;
    return this.op("getattr", [v, new Constant("items")], e, "items");
  }

  // ---- properties -------------------------------------------------------------------
  /** The declaration `obj.name` refers to (a field, accessor, method, static member). */
  private memberDecl(e: ts.PropertyAccessExpression): ts.Declaration | undefined {
    const sym = this.checker.getSymbolAtLocation(e.name);
    return sym?.valueDeclaration ?? sym?.declarations?.[0];
  }

  /** `obj.x` as a place: a field, an accessor pair, or a static field. */
  memberPlace(e: ts.PropertyAccessExpression, at: ts.Node): Place {
    const sym = this.checker.getSymbolAtLocation(e.name);
    const decl = this.memberDecl(e);
    if (decl && (ts.isPropertyDeclaration(decl) || ts.isGetAccessor(decl) || ts.isSetAccessor(decl)) && isStatic(decl)) {
      if (!ts.isPropertyDeclaration(decl)) return this.fe.fail(e, M.getter);
      const g = this.fe.staticFieldFor(decl);
      return {
        get: () => (g.mutable ? this.narrow(e, this.op("getglobal", [new Constant(g)], e)) : this.fe.constantFor(g, e)),
        set: (v) => {
          if (!g.mutable) this.fe.fail(e, M.badAssignTarget, e.getText());
          this.b.emit("setglobal", [new Constant(g), v], this.loc(at), "_");
        },
      };
    }
    const obj = this.receiver(e);
    if (this.fe.types.isDict(e.expression)) return this.dictPlace(obj, new Constant(e.name.text), e, at);
    if (sym && sym.flags & ts.SymbolFlags.Accessor) {
      const name = e.name.text;
      return {
        get: () => {
          if (!(sym.flags & ts.SymbolFlags.GetAccessor)) this.fe.fail(e, M.unknownAttribute, e.expression.getText(), getterName(name));
          return this.narrow(e, this.op("call_method", [obj, new Constant(getterName(name))], e));
        },
        set: (v) => {
          if (!(sym.flags & ts.SymbolFlags.SetAccessor)) this.fe.fail(e, M.badAssignTarget, e.getText());
          this.op("call_method", [obj, new Constant(setterName(name)), v], at, "_");
        },
      };
    }
    const name = new Constant(e.name.text);
    return {
      get: () => this.narrow(e, this.op("getattr", [obj, name], e)),
      set: (v) => void this.op("setattr", [obj, name, v], at, "_"),
    };
  }

  /** `C.m` naming a static method: its function descriptor, else null. */
  staticMethod(callee: ts.PropertyAccessExpression): FunctionDesc | null {
    const decl = this.memberDecl(callee);
    if (!decl || !ts.isMethodDeclaration(decl) || !isStatic(decl)) return null;
    return this.fe.staticMethodFor(decl);
  }
}

/**
 * `{ user: fields.user }`, `[d.a, d.b]`: a property read only stored in a
 * new object or array, where Node keeps an undefined for a missing key.
 */
function isStored(e: ts.Expression): boolean {
  let n: ts.Node = e;
  while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
  const p = n.parent;
  return (ts.isPropertyAssignment(p) && p.initializer === n) || ts.isArrayLiteralExpression(p);
}
