// Lowering of TypeScript expressions to high-level flow operations.
// The operation names form the high-level op set documented in
// docs/internals.md; the annotator gives each a rule.
import { ts } from "ts-morph";
import { Constant, Variable, type Value } from "../flow/model.ts";
import { BuiltinDesc } from "../flow/descriptors.ts";
import { isChainOutermost, type Place } from "./members.ts";
import { NarrowingLowering } from "./narrowing.ts";
import { compileRegex } from "../rlib/regex/parse.ts";
import { isLibraryValue, takesRestArray } from "./library-values.ts";
import { isNestedFunction } from "./closures.ts";
import { GLOBAL_CONSTANTS } from "./builtins.ts";
import { M } from "../diagnostics/messages.ts";
import { constantNumber, fitsInt, isIntLiteral } from "./constexpr.ts";
import { assignedVariable, isTestedPosition, testedSymbols } from "./tested.ts";

const K = ts.SyntaxKind;

/** The source and flags of a regular expression literal (`/a+/gi` → "a+", "gi"). */
export function regexLiteralParts(lit: ts.RegularExpressionLiteral): [string, string] {
  const text = lit.getText();
  const slash = text.lastIndexOf("/");
  return [text.slice(1, slash), text.slice(slash + 1)];
}

/** A float constant: annotated float even when its value is integral (`1.0`). */
export function floatConst(v: number): Constant {
  const c = new Constant(v);
  c.annotation = "float";
  return c;
}

const BINOPS: Partial<Record<ts.SyntaxKind, string>> = {
  [K.PlusToken]: "add",
  [K.MinusToken]: "sub",
  [K.AsteriskToken]: "mul",
  [K.SlashToken]: "div",
  [K.PercentToken]: "mod",
  [K.AsteriskAsteriskToken]: "pow",
  [K.AmpersandToken]: "and",
  [K.BarToken]: "or",
  [K.CaretToken]: "xor",
  [K.LessThanLessThanToken]: "lshift",
  [K.GreaterThanGreaterThanToken]: "rshift",
  [K.GreaterThanGreaterThanGreaterThanToken]: "urshift",
  [K.LessThanToken]: "lt",
  [K.LessThanEqualsToken]: "le",
  [K.GreaterThanToken]: "gt",
  [K.GreaterThanEqualsToken]: "ge",
  [K.EqualsEqualsEqualsToken]: "eq",
  [K.ExclamationEqualsEqualsToken]: "ne",
};

const COMPOUND: Partial<Record<ts.SyntaxKind, string>> = {
  [K.PlusEqualsToken]: "add",
  [K.MinusEqualsToken]: "sub",
  [K.AsteriskEqualsToken]: "mul",
  [K.SlashEqualsToken]: "div",
  [K.PercentEqualsToken]: "mod",
  [K.AsteriskAsteriskEqualsToken]: "pow",
  [K.AmpersandEqualsToken]: "and",
  [K.BarEqualsToken]: "or",
  [K.CaretEqualsToken]: "xor",
  [K.LessThanLessThanEqualsToken]: "lshift",
  [K.GreaterThanGreaterThanEqualsToken]: "rshift",
  [K.GreaterThanGreaterThanGreaterThanEqualsToken]: "urshift",
};

export abstract class ExpressionLowering extends NarrowingLowering {
  /** Emits an op; inside a try, ops that may raise end the block. */
  op(name: string, args: Value[], n: ts.Node | null, hint = "v"): Variable {
    const loc = n ? this.loc(n) : null;
    if (this.handler && mayRaise(name)) return this.b.emitRaising(name, args, loc, this.handler, hint);
    return this.b.emit(name, args, loc, hint);
  }

  expr(e: ts.Expression): Value {
    const v = isChainOutermost(e) ? this.chain(e, () => this.exprValue(e), null) : this.exprValue(e);
    if (v instanceof Constant && v.loc === null) v.loc = this.loc(e);
    return v;
  }

  private exprValue(e: ts.Expression): Value {
    if (e.kind === K.BinaryExpression || e.kind === K.PrefixUnaryExpression) {
      const c = constantNumber(e);
      if (c) return c.isInt ? new Constant(c.value) : floatConst(c.value);
    }
    switch (e.kind) {
      case K.NumericLiteral: {
        const v = Number((e as ts.NumericLiteral).text);
        return isIntLiteral(e as ts.NumericLiteral) && fitsInt(v) ? new Constant(v) : floatConst(v);
      }
      case K.StringLiteral:
      case K.NoSubstitutionTemplateLiteral:
        return new Constant((e as ts.StringLiteral).text);
      case K.TrueKeyword:
        return new Constant(true);
      case K.FalseKeyword:
        return new Constant(false);
      case K.NullKeyword:
        return new Constant(null);
      case K.ThisKeyword:
        return this.readThis(e);
      case K.ArrowFunction:
      case K.FunctionExpression:
        return this.makeClosure(e as ts.ArrowFunction);
      case K.ParenthesizedExpression:
        return this.expr((e as ts.ParenthesizedExpression).expression);
      case K.AsExpression:
      case K.TypeAssertionExpression:
        return this.cast(e as ts.AsExpression);
      case K.NonNullExpression:
        return this.nonNull(e as ts.NonNullExpression);
      case K.Identifier:
        return this.identifier(e as ts.Identifier);
      case K.TemplateExpression:
        return this.template(e as ts.TemplateExpression);
      case K.BinaryExpression:
        return this.binary(e as ts.BinaryExpression);
      case K.PrefixUnaryExpression:
        return this.prefix(e as ts.PrefixUnaryExpression);
      case K.PostfixUnaryExpression:
        return this.postfix(e as ts.PostfixUnaryExpression);
      case K.ConditionalExpression:
        return this.conditional(e as ts.ConditionalExpression);
      case K.CallExpression:
        return this.call(e as ts.CallExpression);
      case K.NewExpression:
        return this.newExpr(e as ts.NewExpression);
      case K.PropertyAccessExpression:
        return this.property(e as ts.PropertyAccessExpression);
      case K.ElementAccessExpression: {
        const ea = e as ts.ElementAccessExpression;
        const field = this.tupleField(ea);
        if (field) return this.op("getattr", [this.receiver(ea), field], e);
        const obj = this.receiver(ea);
        if (this.fe.types.isDict(ea.expression)) return this.dictPlace(obj, this.expr(ea.argumentExpression), ea, ea).get();
        const named = this.propertyByKey(ea, obj);
        if (named) return named;
        // past the end, undefined where the program can see it; elsewhere a T (docs/rts.md)
        if (this.mayReadUndefined(ea)) return this.op("getitem_opt", [obj, this.expr(ea.argumentExpression)], e);
        return this.narrowElement(ea, this.op("getitem", [obj, this.expr(ea.argumentExpression)], e));
      }
      case K.ObjectLiteralExpression:
        return this.objectLiteral(e as ts.ObjectLiteralExpression);
      case K.TypeOfExpression:
        return this.op("typeof", [this.expr((e as ts.TypeOfExpression).expression)], e, "type");
      case K.RegularExpressionLiteral: {
        // a new RegExp object per evaluation, of the pattern compiled now (rts/rlib/regex)
        const [source, flags] = regexLiteralParts(e as ts.RegularExpressionLiteral);
        return this.regexValue(source, flags, e);
      }
      case K.DeleteExpression: {
        // `delete d[k]` of an object used as a map
        let t: ts.Expression = (e as ts.DeleteExpression).expression;
        while (ts.isParenthesizedExpression(t)) t = t.expression;
        if (!(ts.isElementAccessExpression(t) || ts.isPropertyAccessExpression(t)) || !this.fe.types.isDict(t.expression)) return this.fail(e, M.deleteOp);
        const obj = this.expr(t.expression);
        const key = ts.isElementAccessExpression(t) ? this.expr(t.argumentExpression) : new Constant(t.name.text);
        return this.op("simple_call", [new Constant(this.fe.arrayHelper("dictDelete", "rts/rlib/dicts")), obj, key], e, "deleted");
      }
      case K.ArrayLiteralExpression: {
        const tuple = this.fe.types.isTuple(e);
        if (tuple && !this.fe.types.isArrayInTupleContext(e as ts.ArrayLiteralExpression)) return this.tupleLiteral(e as ts.ArrayLiteralExpression, tuple);
        return this.spreadList((e as ts.ArrayLiteralExpression).elements, e);
      }
      case K.YieldExpression:
        // (a yield statement is statements.ts's)
        return this.fail(e, M.yieldValue);
      default:
        return this.fe.unsupportedExpression(e);
    }
  }

  private tested: Set<ts.Symbol> | null = null;

  /** `xs[i]` whose undefined (past the end) the program can observe (frontend/tested.ts). */
  mayReadUndefined(e: ts.Expression): boolean {
    if (isTestedPosition(e)) return true;
    // a character returned (`const peek = () => src[pos]`): the callers may test it, as a lexer tests for the end
    // (not an array item: an interpreter's `peek() { return this.stack[...] }` is hot, and its items are not tested)
    let up: ts.Node = e;
    while (ts.isParenthesizedExpression(up.parent)) up = up.parent;
    const returned = ts.isReturnStatement(up.parent) || (ts.isArrowFunction(up.parent) && up.parent.body === up);
    if (returned && ts.isElementAccessExpression(e) && this.fe.types.primitiveKind(this.checker.getTypeAtLocation(e.expression), this.fn.typeEnv) === "string") return true;
    const ctx = this.checker.getContextualType(e);
    if (ctx && (this.fe.types.isUndefinable(ctx) || ctx.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return true;
    if (this.isOptionalArgument(e)) return true;
    const v = assignedVariable(e, this.checker);
    if (!v) return false;
    this.tested ??= testedSymbols(this.decl ?? this.fe.entry, this.checker);
    return this.tested.has(v);
  }

  /** A destructured name the function tests for undefined or truthiness. */
  private isTestedName(n: ts.BindingName): boolean {
    if (!ts.isIdentifier(n)) return false;
    const sym = this.checker.getSymbolAtLocation(n);
    this.tested ??= testedSymbols(this.decl ?? this.fe.entry, this.checker);
    return !!sym && this.tested.has(sym);
  }

  /** `e` is passed to an optional parameter (`Number(xs[i])`: JavaScript passes undefined on). */
  private isOptionalArgument(e: ts.Expression): boolean {
    let n: ts.Node = e;
    while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
    const call = n.parent;
    if (!ts.isCallExpression(call) && !ts.isNewExpression(call)) return false;
    const i = call.arguments?.indexOf(n as ts.Expression) ?? -1;
    if (i < 0) return false;
    const decl = this.checker.getResolvedSignature(call)?.declaration;
    if (!decl || ts.isJSDocSignature(decl)) return false;
    const ps = decl.parameters;
    const p = ps[Math.min(i, ps.length - 1)];
    return !!p && (p.questionToken !== undefined || p.initializer !== undefined);
  }

  /** `new Regex(source, flags, program)` with the program compiled at translation time (a bad pattern is a located error). */
  regexValue(source: string, flags: string, at: ts.Node): Value {
    let program: unknown;
    try {
      program = compileRegex(source, flags);
    } catch (err) {
      return this.fail(at, M.badRegex, (err as Error).message);
    }
    return this.op("newinstance", [new Constant(this.fe.regexClass("Regex")), new Constant(source), new Constant(flags), new Constant(program)], at, "re");
  }

  abstract spreadList(elements: readonly ts.Expression[], at: ts.Node): Value;

  /** `t[0]` on a tuple: the field i0. */
  /**
   * `xs[1] instanceof B ? xs[1].value : ...`: TypeScript narrows an element
   * read with a literal index as it narrows a variable; where it narrowed the
   * item to a subclass of the array's item class, the read is a checked
   * downcast too, so the annotator sees the narrowed class; where it narrowed
   * a union of records, the read is narrowed to the shapes it admits.
   */
  private narrowElement(ea: ts.ElementAccessExpression, v: Value): Value {
    const env = this.fn.typeEnv;
    const here = this.checker.getTypeAtLocation(ea);
    const narrowed = this.fe.types.classOfType(here, false, env);
    const arrayType = this.checker.getNonNullableType(this.checker.getTypeAtLocation(ea.expression));
    const item = this.checker.getIndexTypeOfType(arrayType, ts.IndexKind.Number);
    if (!narrowed) {
      // (`args[0].type === "Starred" ? args[0].value`: a record shape, narrowed as a variable's is)
      const shape = item && item !== here ? this.fe.records.shapeTest(here, item) : null;
      return shape ? this.b.emit("narrow_shape", [v, new Constant(shape)], this.loc(ea), "nn") : v;
    }
    const itemCls = item ? this.fe.types.classOfType(item, true, env) : null;
    if (!itemCls || itemCls === narrowed) return v;
    return this.b.emit("downcast", [v, new Constant(narrowed)], this.loc(ea), "nn");
  }

  tupleField(ea: ts.ElementAccessExpression): Constant | null {
    if (!this.fe.types.isTuple(ea.expression)) return null;
    const idx = ea.argumentExpression;
    if (!ts.isNumericLiteral(idx)) return this.fail(idx, M.tupleIndex);
    return new Constant(`i${idx.text}`);
  }

  /** `...rest` of an object pattern: a new object of v's other properties (a record's own shape's method; of an object used as a map, a copy without those keys). */
  private objectRest(pattern: ts.ObjectBindingPattern, el: ts.BindingElement, v: Value, dict: boolean, source: ts.Expression | null): Value {
    const excluded = pattern.elements.filter((x) => x !== el).map((x) => (x.propertyName ? this.fe.records.propertyName(x.propertyName) : (x.name as ts.Identifier).text));
    if (dict) {
      const rest = this.op("newmap", [new Constant("map"), new Constant("str"), new Constant("dict")], el, "rest");
      this.op("simple_call", [new Constant(this.fe.arrayHelper("dictCopyWithout", "rts/rlib/dicts")), rest, v, this.op("newlist", excluded.map((k) => new Constant(k)), el, "keys")], el, "_");
      return rest;
    }
    if (!source || !this.fe.records.isRecordValue(source)) return this.fail(el, M.objectRest);
    const name = this.fe.records.restMethod(excluded, this.checker.getTypeAtLocation(el.name), el);
    return this.op("call_method", [v, new Constant(name)], el, "rest");
  }

  /** Binds the names of a destructuring pattern (`const [a, [b, c]] = v`). */
  bindPattern(pattern: ts.BindingName, v: Value, source: ts.Expression | null, declare: boolean): void {
    if (ts.isIdentifier(pattern)) {
      const decl = pattern.parent;
      if (declare) this.newCells(pattern, decl);
      this.writeLocal(this.localKey(decl), v, pattern);
      return;
    }
    if (ts.isObjectBindingPattern(pattern)) {
      // `const { x, y: b = 1 } = v`: reads of v's properties, in order (of an object used as a map: its keys, undefined where missing)
      const dict = this.fe.types.isDictType(this.checker.getTypeAtLocation(source ?? pattern));
      for (const el of pattern.elements) {
        if (el.dotDotDotToken) {
          this.bindPattern(el.name, this.objectRest(pattern, el, v, dict, source), el.name as unknown as ts.Expression, declare);
          continue;
        }
        const name = el.propertyName ? this.fe.records.propertyName(el.propertyName) : (el.name as ts.Identifier).text;
        const item = dict
          ? this.op("simple_call", [new Constant(this.fe.arrayHelper("dictGet", "rts/rlib/dicts")), v, new Constant(name)], el)
          : this.op("getattr", [v, new Constant(name)], el);
        this.bindPattern(el.name, el.initializer ? this.withDefault(item, el.initializer) : item, el.name as unknown as ts.Expression, declare);
      }
      return;
    }
    const tuple = this.fe.types.isTuple((source ?? pattern) as ts.Expression);
    v = this.asArray(v, source ?? pattern);
    pattern.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      if (el.dotDotDotToken) {
        // `[a, ...rest] = xs`: a copy of what follows
        if (tuple) this.fail(el, M.spreadTuple);
        this.bindPattern(el.name, this.op("call_method", [v, new Constant("slice"), new Constant(i)], el), el.name as unknown as ts.Expression, declare);
        return;
      }
      // with a default, an element past the end is undefined, and takes the default; so it is where the program tests the name (`if (b === undefined)`)
      const item = tuple
        ? this.op("getattr", [v, new Constant(`i${i}`)], el)
        : this.op(el.initializer || this.isTestedName(el.name) ? "getitem_opt" : "getitem", [v, new Constant(i)], el);
      this.bindPattern(el.name, el.initializer ? this.withDefault(item, el.initializer) : item, el.name as unknown as ts.Expression, declare);
    });
  }

  /** `v === undefined ? d : v` (a destructuring default). */
  withDefault(v: Value, d: ts.Expression): Value {
    return this.valueOr(this.b.emit("eq", [v, new Constant(undefined)], this.loc(d), "missing"), v, d, d);
  }

  /**
   * `v`, or the default expression `d` (evaluated only then) when `absent`
   * holds: the two merge into one value.  `at` locates the checks.
   */
  private valueOr(absent: Value, v: Value, d: ts.Expression, at: ts.Node, arrayOf: ts.Node | null = null): Value {
    const merge = this.b.newBlock(1, "dv");
    const useDefault = this.b.newBlock();
    const useValue = this.b.newBlock();
    this.b.branch(absent, useDefault, useValue);
    this.b.startBlock(useValue);
    const present = this.b.emit("nonnull", [v], this.loc(at), "v");
    this.b.goto(merge, [arrayOf ? this.asArray(present, arrayOf) : present]);
    this.b.startBlock(useDefault);
    const dv = ts.isArrayLiteralExpression(d) && d.elements.length === 0 ? this.op("newlist", [], d, "list") : this.expr(d);
    this.b.goto(merge, [dv]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  /** Reads an identifier: local, module global, function, class or builtin constant. */
  identifier(id: ts.Identifier): Value {
    const r = this.fe.resolve(id);
    switch (r.kind) {
      case "local":
        return this.narrow(id, this.readLocal(r.key, id));
      case "global": {
        // a module-level arrow function: a closure without captures
        const init = r.desc.decl.initializer;
        if (!r.desc.mutable && init && isNestedFunction(init)) {
          if (r.desc.loaded && typeof r.desc.value === "function") return new Constant(r.desc.value); // the one object init time made
          return this.op("make_closure", [new Constant(this.fe.closures.closureFor(init, this.fe.moduleFunction))], id, "fn");
        }
        if (!r.desc.mutable) return this.fe.constantFor(r.desc, id);
        return this.narrow(id, this.op("getglobal", [new Constant(r.desc)], id));
      }
      case "function": {
        // one function object per function, as on Node (f === f): the one init time made
        const rt = this.fe.runtimeFunctionOf(r.desc);
        if (rt !== undefined) return new Constant(rt);
        return this.op("make_closure", [new Constant(this.fe.closures.functionValue(r.desc))], id, "fn");
      }
      case "class":
        return this.fail(id, M.firstClassClass, id.text);
      case "undefined":
        return new Constant(undefined);
      case "NaN":
        return floatConst(NaN);
      case "Infinity":
        return floatConst(Infinity);
      default: {
        if ((this.checker.getSymbolAtLocation(id)?.flags ?? 0) & ts.SymbolFlags.Enum) this.fail(id, M.enumDecl, id.text);
        const lib = this.fe.isGlobalName(id) ? this.libraryValue(id.text, id) : null;
        return lib ?? this.fail(id, M.unsupportedName, id.text);
      }
    }
  }

  /** A library function used as a value (`xs.map(Number)`, `{ apply: Math.max }`): its closure, or null. */
  private libraryValue(name: string, at: ts.Expression): Value | null {
    if (!isLibraryValue(name)) return null;
    const desc = this.fe.closures.library.value(name, takesRestArray(this.checker, this.checker.getContextualType(at)), at);
    return desc ? this.op("make_closure", [new Constant(desc)], at, "fn") : null;
  }

  nonNull(e: ts.NonNullExpression): Value {
    const inner = e.expression;
    // `m.get(k)!` on a Map: lookup that fails loudly instead of returning undefined
    if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) &&
        inner.expression.name.text === "get" && this.fe.types.isMapType(inner.expression.expression)) {
      const m = this.expr(inner.expression.expression);
      return this.op("call_method", [m, new Constant("getstrict"), ...inner.arguments.map((a) => this.expr(a))], e);
    }
    // a type that admits null (`stack.pop()!` of a `(Value | null)[]`): Node passes a null on, and so does RTS
    // (the value keeps its null; where it is used as an object, that use is checked)
    const t = this.checker.getTypeAtLocation(inner);
    if ((t.isUnion() ? t.types : [t]).some((m) => m.flags & ts.TypeFlags.Null)) return this.expr(inner);
    return this.b.emit("nonnull", [this.expr(inner)], this.loc(e), "nn");
  }

  template(e: ts.TemplateExpression): Value {
    let acc: Value = new Constant(e.head.text);
    for (const span of e.templateSpans) {
      const part = this.toStr(this.expr(span.expression), span.expression);
      acc = this.b.emit("add", [acc, part], this.loc(span.expression), "s");
      if (span.literal.text !== "") acc = this.b.emit("add", [acc, new Constant(span.literal.text)], this.loc(span), "s");
    }
    return acc;
  }

  toStr(v: Value, n: ts.Node): Value {
    if (v instanceof Constant && typeof v.value === "string") return v;
    return this.b.emit("str", [v], this.loc(n), "s");
  }

  /** Boolean value of a condition (JS truthiness for non-booleans). */
  cond(e: ts.Expression): Value {
    const v = this.expr(e);
    const t = this.checker.getTypeAtLocation(e);
    if (t.flags & ts.TypeFlags.BooleanLike) return v;
    return this.b.emit("bool", [v], this.loc(e), "c");
  }

  /** `"p" in x` where x is of a union of classes and records (TypeScript's `in` narrowing): which of them x is. */
  private propertyIn(e: ts.BinaryExpression): Value {
    const name = ts.isStringLiteral(e.left) || ts.isNoSubstitutionTemplateLiteral(e.left) ? e.left.text : null;
    const test = name === null ? null : this.fe.records.propertyTest(this.checker.getTypeAtLocation(e.right), name);
    if (test === null) return this.fail(e.operatorToken, M.inOperator);
    if (test === "optional") return this.fail(e.left, M.inOptional, name!);
    const x = this.expr(e.right);
    if (test === true) return new Constant(true);
    return this.b.emit("has_shape", [x, new Constant(test)], this.loc(e), "in");
  }

  binary(e: ts.BinaryExpression): Value {
    const opk = e.operatorToken.kind;
    if (opk === K.EqualsToken) {
      // JS evaluates the target's object and index before the right-hand side
      if (ts.isIdentifier(e.left)) return this.assign(e.left, this.expr(e.right), e);
      const place = this.lvalue(e.left, e);
      const v = this.expr(e.right);
      place.set(v);
      return v;
    }
    if (opk === K.AmpersandAmpersandToken || opk === K.BarBarToken) return this.logical(e, opk === K.AmpersandAmpersandToken);
    if (opk === K.QuestionQuestionEqualsToken || opk === K.BarBarEqualsToken || opk === K.AmpersandAmpersandEqualsToken) return this.logicalAssign(e);
    if (opk === K.QuestionQuestionToken) return this.nullish(e);
    if (opk === K.InKeyword) {
      // `key in d` of an object used as a map; `"kind" in x` of a union of classes and records tests the shape
      if (!this.fe.types.isDict(e.right)) return this.propertyIn(e);
      const key = this.expr(e.left);
      return this.op("simple_call", [new Constant(this.fe.arrayHelper("dictHas", "rts/rlib/dicts")), this.expr(e.right), key], e, "has");
    }
    if (opk === K.EqualsEqualsToken || opk === K.ExclamationEqualsToken) this.fail(e.operatorToken, M.looseEquality, e.operatorToken.getText());
    if (opk === K.InstanceOfKeyword) {
      // `v instanceof Map` (Set, Array): a test of the value's kind
      const builtin = ts.isIdentifier(e.right) && this.fe.isGlobalName(e.right) ? ({ Array: "array", Map: "map", Set: "set" } as Record<string, string>)[e.right.text] : undefined;
      if (builtin) return this.op("is_kind", [this.expr(e.left), new Constant(builtin)], e, "isinst");
      const cls = this.fe.types.classOfExpression(e.right);
      // (decided by the declaration, as its copies may not exist yet: a family whose copies extend copies of another generic class has no range of its own)
      if (cls.genericFamily && cls.base === this.fe.objectRoot && cls.decl?.heritageClauses?.some((h) => h.token === K.ExtendsKeyword)) this.fail(e.right, M.genericInstanceof, cls.name);
      return this.b.emit("isinstance", [this.expr(e.left), new Constant(cls)], this.loc(e), "isinst");
    }
    if (opk === K.CommaToken) {
      this.expr(e.left);
      return this.expr(e.right);
    }
    const compound = COMPOUND[opk];
    if (compound) {
      const place = this.lvalue(e.left, e);
      const val = this.op(compound, [place.get(), this.expr(e.right)], e);
      place.set(val);
      return val;
    }
    const name = BINOPS[opk];
    if (!name) return this.fe.unsupportedExpression(e);
    let l = this.expr(e.left);
    let r = this.expr(e.right);
    if (name === "add") [l, r] = [this.concatOperand(e.left, e.right, l), this.concatOperand(e.right, e.left, r)];
    return this.op(name, [l, r], e);
  }

  /** An operand of `"s" + x` that is an object or a value union: String(x) first (its toString()). */
  private concatOperand(e: ts.Expression, other: ts.Expression, v: Value): Value {
    const kind = (x: ts.Expression): string | null => this.fe.types.primitiveKind(this.checker.getTypeAtLocation(x), this.fn.typeEnv);
    const k = kind(e);
    if (kind(other) !== "string" || (k === "number" || k === "string" || k === "boolean" || k === "function")) return v;
    return this.op("str", [v], e);
  }

  nullish(e: ts.BinaryExpression): Value {
    const l = e.left;
    const inner = ts.isParenthesizedExpression(l) ? l.expression : l;
    // (the one-call forms below evaluate the default first: only for defaults that do nothing but make a value)
    const plainDefault = isPlainValue(e.right);
    if (plainDefault && ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === "find" &&
        this.checker.isArrayType(this.checker.getTypeAtLocation(inner.expression.expression))) {
      const recv = this.expr(inner.expression.expression);
      return this.op("simple_call", [new Constant(this.fe.arrayHelper("arrayFindOr")), recv, ...this.args(inner), this.expr(e.right)], e);
    }
    if (isChainOutermost(inner)) return this.chain(inner, () => this.exprValue(inner), () => this.expr(e.right));
    // `m.get(k) ?? d`: one lookup (not for maps whose values may themselves be null or undefined)
    if (plainDefault && ts.isCallExpression(l) && ts.isPropertyAccessExpression(l.expression) &&
        l.expression.name.text === "get" && this.fe.types.isMapType(l.expression.expression) && !this.fe.types.isNullable(this.fe.types.mapValueType(l.expression.expression))) {
      const m = this.expr(l.expression.expression);
      const key = this.expr(l.arguments[0]);
      return this.op("map_get_default", [m, key, this.expr(e.right)], e);
    }
    const left = this.expr(l);
    // `s.match(re) ?? []`: the match's array, or the default array
    const asItems = this.fe.types.isMatchArray(this.checker.getTypeAtLocation(l)) && !this.fe.types.isMatchArray(this.checker.getTypeAtLocation(e));
    return this.valueOr(this.b.emit("nullish", [left], this.loc(e), "isnull"), left, e.right, e, asItems ? l : null);
  }

  conditional(e: ts.ConditionalExpression): Value {
    const c = this.cond(e.condition);
    const merge = this.b.newBlock(1, "cv");
    const bt = this.b.newBlock();
    const bf = this.b.newBlock();
    this.b.branch(c, bt, bf);
    this.b.startBlock(bt);
    this.b.goto(merge, [this.expr(e.whenTrue)]);
    this.b.startBlock(bf);
    this.b.goto(merge, [this.expr(e.whenFalse)]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  prefix(e: ts.PrefixUnaryExpression): Value {
    switch (e.operator) {
      case K.MinusToken: {
        return this.b.emit("neg", [this.expr(e.operand)], this.loc(e));
      }
      case K.PlusToken:
        // +true is 1: a boolean converts as Number() converts it
        if (this.checker.getTypeAtLocation(e.operand).flags & ts.TypeFlags.BooleanLike) return this.op("builtin_call", [new Constant(new BuiltinDesc("Number")), this.expr(e.operand)], e);
        return this.b.emit("pos", [this.expr(e.operand)], this.loc(e));
      case K.TildeToken:
        return this.b.emit("invert", [this.expr(e.operand)], this.loc(e));
      case K.ExclamationToken:
        return this.b.emit("not", [this.cond(e.operand)], this.loc(e));
      case K.PlusPlusToken:
      case K.MinusMinusToken: {
        const place = this.lvalue(e.operand, e);
        const v = this.b.emit(e.operator === K.PlusPlusToken ? "add" : "sub", [place.get(), new Constant(1)], this.loc(e));
        place.set(v);
        return v;
      }
    }
    return this.fe.unsupportedExpression(e);
  }

  postfix(e: ts.PostfixUnaryExpression): Value {
    const place = this.lvalue(e.operand, e);
    const old = place.get();
    place.set(this.b.emit(e.operator === K.PlusPlusToken ? "add" : "sub", [old, new Constant(1)], this.loc(e)));
    return old;
  }

  /** A place read and then written (`x += 1`, `a[f()]++`): its object and index are evaluated once. */
  lvalue(target: ts.Expression, at: ts.Node): Place {
    while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
    if (ts.isPropertyAccessExpression(target)) return this.memberPlace(target, at);
    if (ts.isElementAccessExpression(target)) {
      const obj = this.expr(target.expression);
      const field = this.tupleField(target);
      if (field) {
        return {
          get: () => this.op("getattr", [obj, field], target),
          set: (v) => void this.op("setattr", [obj, field, v], at, "_"),
        };
      }
      const idx = this.expr(target.argumentExpression);
      if (this.fe.types.isDict(target.expression)) return this.dictPlace(obj, idx, target, at);
      return {
        get: () => this.op("getitem", [obj, idx], target),
        set: (v) => void this.op("setitem", [obj, idx, v], at, "_"),
      };
    }
    const t = target;
    return { get: () => this.expr(t), set: (v) => void this.assign(t, v, at) };
  }

  /** Stores `v` into an assignment target; returns v. */
  assign(target: ts.Expression, v: Value, at: ts.Node): Value {
    while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
    if (ts.isIdentifier(target)) {
      const r = this.fe.resolve(target);
      if (r.kind === "local") this.writeLocal(r.key, v, target);
      else if (r.kind === "global" && r.desc.mutable) this.b.emit("setglobal", [new Constant(r.desc), v], this.loc(at), "_");
      else this.fail(target, M.badAssignTarget, target.text);
      return v;
    }
    if (ts.isPropertyAccessExpression(target)) {
      this.memberPlace(target, at).set(v);
      return v;
    }
    if (ts.isElementAccessExpression(target)) {
      const obj = this.expr(target.expression);
      const field = this.tupleField(target);
      if (field) {
        this.op("setattr", [obj, field, v], at, "_");
        return v;
      }
      const idx = this.expr(target.argumentExpression);
      if (this.fe.types.isDict(target.expression)) this.dictPlace(obj, idx, target, at).set(v);
      else this.op("setitem", [obj, idx, v], at, "_");
      return v;
    }
    if (ts.isArrayLiteralExpression(target)) {
      // [a, b] = v: read every part first, then assign (so [a, b] = [b, a] swaps)
      const parts = target.elements.map((el, i) => {
        if (ts.isOmittedExpression(el)) return null;
        return this.fe.types.isTuple(target) || this.fe.types.isTuple(el.parent as ts.Expression)
          ? this.op("getattr", [v, new Constant(`i${i}`)], el)
          : this.op("getitem", [v, new Constant(i)], el);
      });
      target.elements.forEach((el, i) => {
        if (!ts.isOmittedExpression(el)) this.assign(el, parts[i]!, at);
      });
      return v;
    }
    return this.fail(target, M.badAssignTarget, target.getText());
  }

  property(e: ts.PropertyAccessExpression): Value {
    const inner = e.expression;
    if (e.name.text === "name" && ts.isMetaProperty(inner) && inner.keywordToken === K.NewKeyword) {
      // new.target.name in a constructor: the name of the class being constructed
      return this.op("call_method", [this.readThis(inner), new Constant("$className")], e, "name");
    }
    if (e.name.text === "name" && ts.isPropertyAccessExpression(inner) && inner.name.text === "constructor" && !inner.questionDotToken) {
      // x.constructor.name: the JavaScript name of x's class
      return this.op("call_method", [this.receiver(inner), new Constant("$className")], e, "name");
    }
    this.fe.checkStdlibMember(e, null);
    // enum members are constants (numeric and string enums, const enums)
    const member = this.checker.getSymbolAtLocation(e.name)?.valueDeclaration;
    const enumValue = member && ts.isEnumMember(member) ? this.checker.getConstantValue(member) : undefined;
    if (enumValue !== undefined) return typeof enumValue === "number" && !fitsInt(enumValue) ? floatConst(enumValue) : new Constant(enumValue);
    if (this.fe.isNamespace(e.expression)) return this.identifier(e.name as ts.Identifier);
    const full = this.fe.globalPath(e);
    if (full !== null) {
      if (full in GLOBAL_CONSTANTS) {
        const v = GLOBAL_CONSTANTS[full];
        return fitsInt(v) ? new Constant(v) : floatConst(v);
      }
      return this.libraryValue(full, e) ?? this.fail(e, M.unsupportedName, full);
    }
    const tuple = e.name.text === "length" ? this.fe.types.isTuple(e.expression) : null;
    if (tuple) return this.tupleLength(e.expression, tuple);
    const kinds = e.questionDotToken ? null : this.fe.types.accessKinds(this.checker.getTypeAtLocation(e.expression), this.fn.typeEnv);
    if (kinds) return this.byKind(e.expression, kinds, (v) => this.op("getattr", [v, new Constant(e.name.text)], e));
    return this.memberPlace(e, e).get();
  }

  /** Call arguments (calls.ts packs rest arguments). */
  abstract args(call: ts.CallExpression | ts.NewExpression): Value[];
  abstract call(e: ts.CallExpression): Value;
  abstract newExpr(e: ts.NewExpression): Value;
}

/** High-level operations that may raise an exception. */
export function mayRaise(opname: string): boolean {
  return opname === "simple_call" || opname === "call_value" || opname === "call_method" || opname === "newinstance" || opname === "builtin_call" || opname === "newfilled" || opname === "newtyped";
}

/** An expression whose evaluation has no effect and cannot fail: a literal, a variable, an empty array or object literal. */
function isPlainValue(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isLiteralExpression(e) || ts.isIdentifier(e) || ts.isNoSubstitutionTemplateLiteral(e)) return true;
  const k = e.kind;
  if (k === K.TrueKeyword || k === K.FalseKeyword || k === K.NullKeyword || k === K.ThisKeyword) return true;
  if (ts.isPrefixUnaryExpression(e) && e.operator === K.MinusToken) return ts.isNumericLiteral(e.operand);
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && isPlainValue(x));
  return ts.isObjectLiteralExpression(e) && e.properties.length === 0;
}
