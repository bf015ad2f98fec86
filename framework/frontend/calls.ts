// Lowering of calls: arguments (rest parameters packed into an array),
// direct, method, closure and library calls, `super(...)`, and `new`.
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import { BuiltinDesc, ClassDesc, FunctionDesc, isErrorClass, type BoxKind } from "../flow/descriptors.ts";
import { GLOBAL_FUNCTIONS, GLOBAL_PLAIN_FUNCTIONS } from "./builtins.ts";
import { M } from "../diagnostics/messages.ts";
import { compileRegex } from "../rlib/regex/parse.ts";
import { ExpressionLowering, regexLiteralParts } from "./expressions.ts";
import { isNestedFunction } from "./closures.ts";
import { ITERATOR_METHOD, pushGenerated } from "./generators.ts";
import { TUPLE_READ_METHODS } from "./members.ts";

const K = ts.SyntaxKind;

/** Math functions computed by rts/rlib/fdlibm (V8's algorithms, so the results are Node's to the bit). */
const FDLIBM: Record<string, string> = {
  "Math.sin": "fdlibmSin", "Math.cos": "fdlibmCos", "Math.tan": "fdlibmTan", "Math.atan": "fdlibmAtan",
  "Math.atan2": "fdlibmAtan2", "Math.exp": "fdlibmExp", "Math.log": "fdlibmLog",
};


export abstract class CallLowering extends ExpressionLowering {
  /**
   * Call arguments.  For a callee with a rest parameter the trailing
   * arguments are packed into an array here (`f(...xs)` passes a copy of xs).
   */
  args(call: ts.CallExpression | ts.NewExpression): Value[] {
    const list = call.arguments ?? [];
    const rest = this.restIndex(call);
    const iterables = this.iterableParameters(call);
    const plain = (a: ts.Expression, i: number): Value => {
      if (ts.isSpreadElement(a)) this.fail(a, M.spread);
      const v = this.expr(a);
      // an array, string, Set or Map passed as an Iterable<T>: an object whose [Symbol.iterator]() iterates it
      // (rts/rlib/iteration; the annotator's iterable_of), so that one parameter takes any of them
      return iterables.has(i) && !this.isIterableOnly(a) ? this.op("iterable_of", [v], a, "iterable") : v;
    };
    if (rest < 0 || list.length < rest) return list.map(plain);
    const out = list.slice(0, rest).map(plain);
    out.push(this.spreadList(list.slice(rest), call));
    return out;
  }

  /** The positions of the parameters a user function declares as `Iterable<T>` (or a type parameter bounded by it). */
  private iterableParameters(call: ts.CallExpression | ts.NewExpression): Set<number> {
    const decl = this.checker.getResolvedSignature(call)?.getDeclaration();
    const out = new Set<number>();
    if (!decl || this.fe.isLibDecl(decl) || !("parameters" in decl)) return out;
    decl.parameters.forEach((p, i) => {
      if (p.dotDotDotToken || !p.type) return;
      let t = this.checker.getTypeFromTypeNode(p.type);
      if (t.flags & ts.TypeFlags.TypeParameter) t = this.checker.getBaseConstraintOfType(t) ?? t;
      if (this.checker.getNonNullableType(t).getSymbol()?.name === "Iterable") out.add(i);
    });
    return out;
  }

  /** A new array of plain items and spread elements (`[a, ...xs, ...m.keys()]`), in order. */
  spreadList(elements: readonly ts.Expression[], at: ts.Node): Value {
    if (!elements.some((x) => ts.isSpreadElement(x))) return this.op("newlist", elements.map((x) => this.expr(x)), at, "list");
    const list = this.op("newlist", [], at, "list");
    const push = (v: Value, x: ts.Node): void => void this.op("call_method", [list, new Constant("push"), v], x, "_");
    for (const x of elements) {
      if (!ts.isSpreadElement(x)) {
        push(this.expr(x), x);
        continue;
      }
      let inner = x.expression;
      while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
      if (ts.isArrayLiteralExpression(inner) && !inner.elements.some((y) => ts.isSpreadElement(y))) {
        for (const y of inner.elements) push(this.expr(y), y); // `...[a, b]`
        continue;
      }
      const tuple = this.fe.types.isTuple(inner);
      if (tuple) {
        // a tuple's items, in order
        const t = this.expr(inner);
        this.checker.getTypeArguments(tuple as ts.TypeReference).forEach((_, i) => push(this.op("getattr", [t, new Constant(`i${i}`)], x), x));
        continue;
      }
      this.pushItems(list, x.expression, x);
    }
    return list;
  }

  /** Pushes the items of iterable `source` onto `list`, as `[...source]` has them. */
  pushItems(list: Value, source: ts.Expression, at: ts.Node): void {
    const gen = this.generatorOf(source);
    if (gen) return pushGenerated(this.b, (name, args, hint) => this.op(name, args, at, hint), list, gen);
    const [helper, coll] = this.spreadHelper(source);
    this.op("simple_call", [new Constant(this.fe.arrayHelper(helper, "rts/rlib/iteration")), list, this.asArray(this.expr(coll), coll)], at, "_");
  }

  /** e is typed only as `Iterable<T>` (a parameter that takes arrays, strings, Sets...): what it iterates is decided by its value. */
  isIterableOnly(e: ts.Expression): boolean {
    let t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e));
    // `<I extends Iterable<T>>(xs: I)`: a generic function, specialized per argument shape
    if (t.flags & ts.TypeFlags.TypeParameter) t = this.checker.getBaseConstraintOfType(t) ?? t;
    return t.getSymbol()?.name === "Iterable";
  }

  /** The code points of string `e` in a new array (rts/rlib/iteration stringItems). */
  codePoints(e: ts.Expression): Value {
    return this.op("simple_call", [new Constant(this.fe.arrayHelper("stringItems", "rts/rlib/iteration")), this.expr(e)], e, "items");
  }

  /** e's type is a generator's (`Generator<T>`, `IterableIterator<T>`, `Iterator<T>`). */
  private isGeneratorType(e: ts.Expression): boolean {
    const name = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e)).getSymbol()?.name;
    if (name === "Generator" || name === "IterableIterator" || name === "Iterator") return true;
    // a Map's or Set's iterator held in a variable or returned (for-of right over `m.keys()` walks the map itself; a Set's entries() are made pairs)
    const direct = this.collectionIterator(e);
    return (name === "MapIterator" || name === "SetIterator") && (!direct || (direct[1] === "Set" && direct[2] === "entries"));
  }

  /** `m.keys()`, `m.values()`, `m.entries()` of a Map or Set: [the collection, "Map" or "Set", the method], else null. */
  private collectionIterator(e: ts.Expression): [ts.Expression, string, string] | null {
    if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.arguments.length !== 0) return null;
    const which = e.expression.name.text;
    const coll = this.fe.types.collectionName(this.checker.getTypeAtLocation(e.expression.expression));
    return (coll === "Map" || coll === "Set") && ["keys", "values", "entries"].includes(which) ? [e.expression.expression, coll, which] : null;
  }

  /** `m.values()` evaluated as a value: a generator over the collection (rts/rlib/iteration), which iterates it live as JavaScript's iterators do. */
  private collectionIteratorValue(e: ts.CallExpression): Value | null {
    const it = this.collectionIterator(e);
    if (!it) return null;
    const [coll, kind, which] = it;
    const helper = kind === "Map" ? { keys: "mapKeysOf", values: "mapValuesOf", entries: "mapEntriesOf" }[which]! : which === "entries" ? "setEntriesOf" : "setValuesOf";
    return this.op("simple_call", [new Constant(this.fe.arrayHelper(helper, "rts/rlib/iteration")), this.expr(coll)], e, "iter");
  }

  /**
   * The generator object `e` is iterated through: e itself when its type is
   * a generator's (`Generator<T>`, `IterableIterator<T>`, `Iterator<T>`), or
   * what `e[Symbol.iterator]()` makes when e's class defines that method as a
   * generator; null for other iterables.
   */
  generatorOf(e: ts.Expression): Value | null {
    if (this.isGeneratorType(e)) return this.expr(e);
    // typed only as Iterable<T>: a generator over what the value is (the annotator's iter_generator)
    if (this.isIterableOnly(e)) return this.op("iter_generator", [this.expr(e)], e, "gen");
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e));
    const decl = t.getSymbol()?.valueDeclaration;
    if (!decl || !ts.isClassDeclaration(decl) || this.fe.isLibrary(decl)) return null;
    const cls = this.fe.types.classOfType(t, true, this.fn.typeEnv);
    const method = cls?.lookupMethod(ITERATOR_METHOD);
    if (!method) return null;
    if (!method.decl?.asteriskToken) this.fail(e, M.iterationSource, `${cls!.name}, whose [Symbol.iterator]() is not a generator method`);
    return this.op("call_method", [this.expr(e), new Constant(ITERATOR_METHOD)], e, "gen");
  }

  /**
   * A String method given a RegExp (`s.split(/\s+/)`, `s.replace(re, "$1")`, `s.match(re)`...):
   * a call of rts/rlib/regex's implementation; null for other calls.
   */
  private regexStringMethod(e: ts.CallExpression, callee: ts.PropertyAccessExpression): Value | null {
    const name = callee.name.text;
    const arg = e.arguments[0];
    if (!arg || !(this.checker.getTypeAtLocation(callee.expression).flags & ts.TypeFlags.StringLike)) return null;
    const argType = this.checker.getTypeAtLocation(arg);
    if (argType.getSymbol()?.name !== "RegExp") return null;
    const helpers: Record<string, string> = { match: "strMatch", matchAll: "strMatchAllList", search: "regexSearch", split: "regexSplit", replace: "regexReplace", replaceAll: "regexReplaceAll" };
    const helper = helpers[name];
    if (!helper) return null;
    const s = this.receiver(callee);
    const re = this.expr(arg);
    const args = [s, re];
    if (name === "split") args.push(e.arguments[1] ? this.expr(e.arguments[1]) : new Constant(4294967295));
    if (name === "replace" || name === "replaceAll") {
      const r = e.arguments[1];
      if (!(this.checker.getTypeAtLocation(r).flags & ts.TypeFlags.StringLike)) return this.replaceWithFunction(e, s, re, arg, r, name === "replaceAll");
      args.push(this.expr(r));
    }
    return this.op("simple_call", [new Constant(this.fe.arrayHelper(helper, "rts/rlib/regex")), ...args], e);
  }

  /**
   * `s.replace(/(\d+)(\D)/g, (m, n, ch) => ...)`: the function gets the match, the groups, the
   * index and the input as JavaScript passes them (the regex's group count must be known here).
   */
  private replaceWithFunction(e: ts.CallExpression, s: Value, re: Value, reExpr: ts.Expression, fnExpr: ts.Expression, all: boolean): Value {
    const groups = this.regexGroupCount(reExpr);
    if (groups === null) return this.fail(fnExpr, M.regexReplacer, reExpr.getText().slice(0, 40));
    const fnType = this.checker.getTypeAtLocation(fnExpr);
    const sig = fnType.getCallSignatures()[0];
    const n = sig ? sig.getParameters().length : 1;
    const g = Math.min(n - 1, groups);
    const extra = Math.min(Math.max(n - 1 - groups, 0), 2);
    if (g > 6) return this.fail(fnExpr, M.regexReplacer, "more than 6 groups");
    const helper = `replaceWith${g}${["", "I", "II"][extra]}`;
    const f = this.expr(fnExpr);
    return this.op("simple_call", [new Constant(this.fe.arrayHelper(helper, "rts/rlib/regex/replacers")), s, re, f, new Constant(all)], e);
  }

  /** The number of capture groups of a regex literal, or of a const initialized with one; null if not known. */
  private regexGroupCount(e: ts.Expression): number | null {
    let lit: ts.Node | undefined = e;
    if (ts.isIdentifier(e)) {
      const decl = this.fe.symbolOf(e)?.valueDeclaration;
      lit = decl && ts.isVariableDeclaration(decl) && decl.parent.flags & ts.NodeFlags.Const ? decl.initializer : undefined;
    }
    if (!lit || !ts.isRegularExpressionLiteral(lit)) return null;
    const [source, flags] = regexLiteralParts(lit);
    try {
      return compileRegex(source, flags).groupCount - 1;
    } catch {
      return null;
    }
  }

  /** `m.set(1.5, v)`: a key known to be a fraction (a number key is the integer it equals in RTS; others stop the program). */
  private checkLiteralKey(e: ts.CallExpression, callee: ts.PropertyAccessExpression): void {
    const key = e.arguments[0];
    const collection = this.fe.types.collectionName(this.checker.getTypeAtLocation(callee.expression));
    if (!key || !["set", "get", "has", "delete", "add"].includes(callee.name.text) || (collection !== "Map" && collection !== "Set")) return;
    const t = this.checker.getTypeAtLocation(key);
    if (t.isNumberLiteral() && !Number.isInteger(t.value)) this.fail(key, M.badArgument, `${callee.name.text}`, `keys must be integers or strings in RTS, got ${t.value}`);
  }

  /** A typed array of the items of iterable `src` (`new Float64Array(xs)`, `Float64Array.from(xs)`). */
  private typedArrayOf(ctorName: string, src: ts.Expression, e: ts.Node): Value {
    const items = this.op("newlist", [], src, "items");
    this.pushItems(items, src, src);
    const helper = { Uint8Array: "uint8ArrayOf", Int32Array: "int32ArrayOf", Float64Array: "float64ArrayOf" }[ctorName]!;
    return this.op("simple_call", [new Constant(this.fe.arrayHelper(helper, "rts/rlib/iteration")), items], e);
  }

  /** `new Array(n).fill(x)` (also `Array(n)`, `new Array<T>(n)`): n copies of x (newfilled, a new array as a literal is); null for other calls. */
  private newArrayFill(e: ts.CallExpression, callee: ts.PropertyAccessExpression): Value | null {
    const made = callee.expression;
    if (callee.name.text !== "fill" || !(ts.isNewExpression(made) || ts.isCallExpression(made))) return null;
    if (!ts.isIdentifier(made.expression) || made.expression.text !== "Array" || !this.fe.isGlobalName(made.expression)) return null;
    if (made.arguments?.length !== 1 || e.arguments.length !== 1) return this.fail(e, M.newArray);
    return this.op("newfilled", [this.expr(made.arguments[0]), this.expr(e.arguments[0])], e, "list");
  }

  /** `Array.from(iterable, mapFn?)` (the items as `[...iterable]` has them) and `Array.from({ length: n }, f)`. */
  private arrayFrom(e: ts.CallExpression): Value {
    const [src, f] = e.arguments;
    if (!src || e.arguments.length > 2) return this.fail(e, M.unsupportedBuiltin, "Array.from with these arguments");
    const iteration = (name: string): Constant => new Constant(this.fe.arrayHelper(name, "rts/rlib/iteration"));
    if (ts.isObjectLiteralExpression(src)) {
      const len = src.properties.length === 1 ? src.properties[0] : undefined;
      if (!len || !ts.isPropertyAssignment(len) || len.name.getText() !== "length" || !f) return this.fail(src, M.unsupportedBuiltin, "Array.from of an array-like other than { length: n } with a function");
      return this.op("simple_call", [iteration("arrayFromLength"), this.expr(len.initializer), this.expr(f)], e);
    }
    const list = this.op("newlist", [], e, "list");
    this.pushItems(list, src, src);
    if (!f) return list;
    return this.op("simple_call", [new Constant(this.fe.arrayHelper("arrayMap")), list, this.expr(f)], e);
  }

  /** Object.keys/values/entries of a record: its shape's own methods ($keys, $values; frontend/synthesized.ts), the entries paired up. */
  private recordEntries(which: string, arg: ts.Expression, e: ts.CallExpression): Value {
    const x = this.expr(arg);
    if (which === "Object.keys") return this.op("call_method", [x, new Constant("$keys")], e, "keys");
    const values = this.op("call_method", [x, new Constant("$values")], e, "values");
    if (which === "Object.values") return values;
    const keys = this.op("call_method", [x, new Constant("$keys")], e, "keys");
    return this.op("simple_call", [new Constant(this.fe.arrayHelper("zipEntries", "rts/rlib/dicts")), keys, values], e, "entries");
  }

  /** JSON.stringify(x), JSON.stringify(x, null, space): of a string, number or boolean, or an array of them, in RTS (rts/rlib/json); of anything else by the runtime. */
  private jsonStringify(e: ts.CallExpression): Value {
    const [x, replacer, space] = e.arguments;
    const isNothing = (a: ts.Expression): boolean => a.kind === K.NullKeyword || (ts.isIdentifier(a) && a.text === "undefined");
    if (!x || e.arguments.length > 3 || (replacer && !isNothing(replacer))) return this.fail(e, M.unsupportedBuiltin, "JSON.stringify with a replacer");
    const json = (name: string): FunctionDesc => this.fe.arrayHelper(name, "rts/rlib/json");
    const leaf = (t: ts.Type): string | null => {
      const TF = ts.TypeFlags;
      if (t.flags & TF.StringLike) return "jsonQuote";
      if (t.flags & TF.NumberLike) return "jsonNumber";
      if (t.flags & TF.BooleanLike) return "jsonBoolean";
      return null;
    };
    const t = this.checker.getTypeAtLocation(x);
    const direct = leaf(t);
    const value = this.expr(x);
    const gap = space && !isNothing(space) ? this.jsonGap(space) : null;
    if (direct) return this.op("simple_call", [new Constant(json(direct)), value], e);
    const item = this.checker.isArrayType(t) ? leaf(this.checker.getTypeArguments(t as ts.TypeReference)[0]) : null;
    if (item && !gap) {
      const f = this.op("make_closure", [new Constant(this.fe.closures.functionValue(json(item)))], x, "fn");
      return this.op("simple_call", [new Constant(json("jsonArray")), this.asArray(value, x), f], e);
    }
    // any other value: serialized by the runtime from its low-level type (records, class instances, dicts, nested arrays...)
    if (this.fe.definesToJSON()) return this.fail(e, M.unsupportedBuiltin, "JSON.stringify in a program whose classes define toJSON()");
    return this.op("json_stringify", [value, gap ?? new Constant("")], e);
  }

  /** The indentation JSON.stringify's third argument asks for (rts/rlib/json jsonGapOfNumber/OfString). */
  private jsonGap(space: ts.Expression): Value {
    const kind = this.fe.types.primitiveKind(this.checker.getTypeAtLocation(space), this.fn.typeEnv);
    if (kind !== "number" && kind !== "string") return this.fail(space, M.unsupportedBuiltin, "JSON.stringify with an indentation that is not a number or a string");
    return this.op("simple_call", [new Constant(this.fe.arrayHelper(kind === "number" ? "jsonGapOfNumber" : "jsonGapOfString", "rts/rlib/json")), this.expr(space)], space, "gap");
  }

  /** JSON.parse(text): the JSON value (rts/rlib/json-parse), converted to the type the program gives it (frontend/json-parse.ts). */
  private jsonParse(e: ts.CallExpression): Value {
    if (e.arguments.length !== 1) return this.fail(e, M.unsupportedBuiltin, "JSON.parse with a reviver");
    const value = this.op("simple_call", [new Constant(this.fe.arrayHelper("jsonParse", "rts/rlib/json-parse")), this.expr(e.arguments[0])], e, "json");
    const target = this.fe.json.targetType(e);
    if (!target) return value;
    return this.op("simple_call", [new Constant(this.fe.json.converter(target, e)), value, new Constant("$")], e, "typed");
  }

  /** `xs.push(a, ...ys)`: the arguments evaluated first (a spread of xs itself copies it), then pushed; the new length. */
  private pushSpread(e: ts.CallExpression, callee: ts.PropertyAccessExpression): Value {
    const obj = this.receiver(callee);
    const items = this.spreadList(e.arguments, e);
    this.op("simple_call", [new Constant(this.fe.arrayHelper("spreadArray", "rts/rlib/iteration")), obj, items], e, "_");
    return this.op("getattr", [obj, new Constant("length")], e, "len");
  }

  /** The rts/rlib/iteration helper that pushes what `...e` produces, and the collection it reads. */
  private spreadHelper(e: ts.Expression): [string, ts.Expression] {
    const t = this.checker.getTypeAtLocation(e);
    if (this.checker.isArrayType(t) || this.fe.types.isMatchArray(t)) return ["spreadArray", e];
    if (this.checker.isTupleType(t)) this.fail(e, M.spreadTuple);
    if (t.flags & ts.TypeFlags.StringLike) return ["spreadString", e];
    const it = this.fe.types.iterationKind(e);
    if (it.kind === "array") return ["spreadArray", e]; // s.matchAll(re): an array of its matches
    const coll = it.via ? ((e as ts.CallExpression).expression as ts.PropertyAccessExpression).expression : e;
    const isSet = this.fe.types.collectionName(this.checker.getTypeAtLocation(coll)) === "Set";
    if (isSet && it.kind !== "entries") return ["spreadSet", coll];
    if (!isSet && it.kind === "keys") return ["spreadKeys", coll];
    if (!isSet && it.kind === "values") return ["spreadValues", coll];
    if (!isSet && it.kind === "entries") return ["spreadEntries", coll];
    return this.fail(e, M.spread);
  }

  /** The index of the callee's rest parameter (user functions only), or -1. */
  private restIndex(call: ts.CallExpression | ts.NewExpression): number {
    const decl = this.checker.getResolvedSignature(call)?.declaration;
    if (!decl || ts.isJSDocSignature(decl) || this.fe.isLibrary(decl)) return -1;
    const ps = decl.parameters;
    return ps.length > 0 && ps[ps.length - 1].dotDotDotToken ? ps.length - 1 : -1;
  }

  call(e: ts.CallExpression): Value {
    const callee = e.expression;
    if (callee.kind === K.SuperKeyword) return this.superCall(e);
    if (e.questionDotToken) {
      // f?.(args): call the function value unless it is null
      const f = this.chainCheck(this.expr(callee), e);
      return this.narrow(e, this.op("call_value", [f, ...this.args(e)], e));
    }
    if (ts.isPropertyAccessExpression(callee)) {
      this.fe.checkStdlibMember(callee, e.arguments.length);
      const stat = this.staticMethod(callee);
      if (stat) return this.narrow(e, this.op("simple_call", [new Constant(stat), ...this.args(e)], e));
      if (callee.expression.kind === K.SuperKeyword) {
        const method = this.fe.superMethod(this.fn, callee.name.text, callee);
        return this.op("simple_call", [new Constant(method), this.readThis(e), ...this.args(e)], e);
      }
      // `x.slice(1)` where x is `string | Value[]`: the method of x's kind
      const kinds = callee.questionDotToken ? null : this.fe.types.accessKinds(this.checker.getTypeAtLocation(callee.expression), this.fn.typeEnv);
      if (kinds) return this.narrow(e, this.byKind(callee.expression, kinds, (v, kind) => this.kindMethod(e, callee, v, kind)));
      const full = this.fe.globalPath(callee);
      const dictFn = { "Object.keys": "dictKeys", "Object.values": "dictValues", "Object.entries": "dictEntries" }[full ?? ""];
      if (dictFn && e.arguments.length === 1 && this.fe.types.isDict(e.arguments[0])) {
        return this.op("simple_call", [new Constant(this.fe.arrayHelper(dictFn, "rts/rlib/dicts")), this.expr(e.arguments[0])], e);
      }
      if (dictFn && e.arguments.length === 1 && this.fe.records.isRecordValue(e.arguments[0])) return this.recordEntries(full!, e.arguments[0], e);
      if (full === "Array.from") return this.arrayFrom(e);
      if (full === "Array.isArray" && e.arguments.length === 1) return this.op("is_kind", [this.expr(e.arguments[0]), new Constant("array")], e, "isarr");
      if ((full === "Float64Array.from" || full === "Int32Array.from" || full === "Uint8Array.from") && e.arguments.length === 1) return this.typedArrayOf(full.split(".")[0], e.arguments[0], e);
      const filled = this.newArrayFill(e, callee);
      if (filled) return filled;
      if (full === "JSON.stringify") return this.jsonStringify(e);
      if (full === "JSON.parse") return this.jsonParse(e);
      // several codes, or a spread of them: one string of them all (rts/rlib/builtins)
      if ((full === "String.fromCharCode" && (e.arguments.length !== 1 || ts.isSpreadElement(e.arguments[0]))) || full === "String.fromCodePoint") {
        const codes = this.spreadList(e.arguments, e);
        return this.op("simple_call", [new Constant(this.fe.arrayHelper(full === "String.fromCodePoint" ? "fromCodePoints" : "fromCharCodes", "rts/rlib/builtins")), codes], e);
      }
      if (full !== null) {
        if (!GLOBAL_FUNCTIONS.has(full)) this.fail(callee, M.unsupportedBuiltin, full);
        const fdlibm = FDLIBM[full];
        if (fdlibm) {
          // the same bits as V8: its fdlibm port, written in RTS (rts/rlib/fdlibm)
          return this.op("simple_call", [new Constant(this.fe.arrayHelper(fdlibm, "rts/rlib/fdlibm")), ...this.args(e)], e);
        }
        const spread = e.arguments.some((a) => ts.isSpreadElement(a));
        if (spread && (full === "Math.max" || full === "Math.min")) {
          // Math.max(...xs): over the array the arguments make
          const values = this.spreadList(e.arguments, e);
          return this.op("simple_call", [new Constant(this.fe.arrayHelper(full === "Math.max" ? "maxOfList" : "minOfList", "rts/rlib/iteration")), values], e);
        }
        if (full === "Math.hypot") {
          const values = this.op("newlist", e.arguments.map((a) => this.expr(a)), e, "values");
          return this.op("simple_call", [new Constant(this.fe.arrayHelper("mathHypot", "rts/rlib/builtins")), values], e);
        }
        if (full === "console.log") {
          for (const a of e.arguments) if (this.fe.types.mentionsRegex(this.checker.getTypeAtLocation(a))) this.fail(a, M.printRegex);
        }
        return this.op("builtin_call", [new Constant(new BuiltinDesc(full)), ...this.args(e)], e);
      }
      const rlib = this.fe.rlibCallee(callee);
      if (rlib) return this.rlibCall(rlib, e, this.fe.isNamespace(callee.expression) ? null : this.receiver(callee));
      if (this.fe.isNamespace(callee.expression)) {
        const r = this.fe.resolve(callee.name as ts.Identifier);
        if (r.kind === "function") return this.op("simple_call", [new Constant(r.desc), ...this.args(e)], e);
      }
      if (!this.fe.isMethodName(callee) || this.fe.types.isDict(callee.expression)) {
        // a field holding a function
        return this.narrow(e, this.op("call_value", [this.property(callee), ...this.args(e)], e));
      }
      if (callee.name.text === "push" && e.arguments.some((a) => ts.isSpreadElement(a)) && this.checker.isArrayType(this.checker.getTypeAtLocation(callee.expression))) {
        return this.pushSpread(e, callee);
      }
      if (["next", "return", "throw"].includes(callee.name.text) && this.isGeneratorType(callee.expression)) this.fail(callee.name, M.generatorMethod, callee.name.text);
      const iterator = this.collectionIteratorValue(e);
      if (iterator) return iterator;
      this.checkLiteralKey(e, callee);
      const regexCall = this.regexStringMethod(e, callee);
      if (regexCall) return regexCall;
      const helper = this.arrayHelperFor(e, callee);
      if (helper) return this.narrow(e, this.op("simple_call", [new Constant(helper), this.receiver(callee), ...this.args(e)], e));
      const generic = this.genericMethod(e, callee);
      const obj = this.receiver(callee);
      if (generic instanceof FunctionDesc) return this.narrow(e, this.op("simple_call", [new Constant(generic), obj, ...this.args(e)], e));
      if (generic) return this.narrow(e, this.op("call_method", [obj, new Constant(generic), ...this.args(e)], e));
      return this.narrow(e, this.op("call_method", [obj, new Constant(callee.name.text), ...this.args(e)], e));
    }
    if (ts.isIdentifier(callee)) {
      if (GLOBAL_PLAIN_FUNCTIONS.has(callee.text) && this.fe.isGlobalName(callee)) {
        return this.op("builtin_call", [new Constant(new BuiltinDesc(callee.text)), ...this.args(e)], e);
      }
      if (callee.text === "Symbol" && this.fe.isGlobalName(callee)) {
        // a new symbol (rts/rlib/values SymbolValue); its description is String(d) when given
        const d = e.arguments[0];
        const description = d === undefined ? new Constant(undefined) : this.fe.types.primitiveKind(this.checker.getTypeAtLocation(d)) === "string" && !this.fe.types.isNullable(this.checker.getTypeAtLocation(d)) ? this.expr(d) : this.toStr(this.expr(d), e);
        return this.op("simple_call", [new Constant(this.fe.arrayHelper("newSymbol", "rts/rlib/values")), description], e, "sym");
      }
      if (callee.text === "String" && this.fe.isGlobalName(callee)) {
        return e.arguments.length === 0 ? new Constant("") : this.toStr(this.expr(e.arguments[0]), e);
      }
      const r = this.fe.resolve(callee);
      if (r.kind === "function") return this.op("simple_call", [new Constant(r.desc), ...this.args(e)], e);
      if (r.kind === "rlib-function") return this.rlibCall(r.key, e, null);
      if (r.kind !== "local" && r.kind !== "global") return this.fail(callee, M.unsupportedCall, callee.text);
    }
    // any other callee is a function value
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) || ts.isIdentifier(callee) ||
        ts.isCallExpression(callee) || ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee) || isNestedFunction(callee)) {
      const f = this.expr(callee);
      return this.narrow(e, this.op("call_value", [f, ...this.args(e)], e));
    }
    return this.fail(callee, M.unsupportedCall, callee.getText());
  }

  /**
   * `obj.m<U>(...)` where m has type parameters: the copy of m for these type
   * arguments, called directly; or, where subclasses override m (a generic
   * visitor's `accept<R>`), the name of the method every class of the
   * family has for these type arguments, called through the vtable.
   */
  genericMethod(e: ts.CallExpression, callee: ts.PropertyAccessExpression): FunctionDesc | string | null {
    const sig = this.checker.getResolvedSignature(e);
    const decl = sig?.declaration;
    if (!sig || !decl || !ts.isMethodDeclaration(decl) || !decl.typeParameters?.length) return null;
    const env = this.fn.typeEnv;
    const cls = this.fe.types.classOfType(this.checker.getTypeAtLocation(callee.expression), true, env);
    const method = cls?.lookupMethod(callee.name.text);
    if (!cls || !method || method.decl !== decl) return this.fail(callee, M.genericMethodReceiver, callee.name.text);
    const typeArgs = (this.checker.getTypeArgumentsForResolvedSignature(sig) ?? []).map((t) => ({ t, env }));
    const overridden = method.isAbstract || [...method.cls!.subtree()].some((sub) => sub !== method.cls && sub.methods.has(method.name));
    if (!overridden) return this.fe.methodInstance(method, typeArgs);
    const bad = this.fe.overridableMethodInstance(method, typeArgs);
    if (bad) this.fail(callee, M.genericMethodOverride, bad.qualname);
    return `${method.name}<${this.fe.typeArgumentsKey(typeArgs)}>`;
  }

  /** The RTS helper implementing a higher-order array method (`xs.map(f)` → arrayMap(xs, f)) or a Map's or Set's forEach, or null. */
  arrayHelperFor(e: ts.CallExpression, callee: ts.PropertyAccessExpression): FunctionDesc | null {
    const recvType = this.checker.getNonNullableType(this.checker.getTypeAtLocation(callee.expression));
    const name = callee.name.text;
    if (name === "forEach") {
      const collection = recvType.getSymbol()?.getName();
      if (collection === "Map" || collection === "ReadonlyMap") return this.fe.arrayHelper("mapForEach");
      if (collection === "Set" || collection === "ReadonlySet") return this.fe.arrayHelper("setForEach");
    }
    if (!this.fe.types.isArrayLike(recvType) && !(TUPLE_READ_METHODS.has(name) && this.fe.types.isTuple(callee.expression))) return null;
    const n = e.arguments.length;
    const named = arrayHelperNamed(name, n);
    if (named) return this.fe.arrayHelper(named);
    if (name === "flat") {
      const one = n === 0 || (n === 1 && ts.isNumericLiteral(e.arguments[0]) && e.arguments[0].text === "1");
      const item = this.checker.getTypeArguments(recvType as ts.TypeReference)[0];
      if (!one || !item || !this.checker.isArrayType(item)) return this.fail(e, M.unsupportedBuiltin, "flat() other than one level of an array of arrays (slice() copies a flat array)");
      return this.fe.arrayHelper("arrayFlat");
    }
    if (name === "fill") return this.fe.arrayHelper("arrayFill");
    return null;
  }

  /** `x.includes(v)` where x is `string | Value[]`: per kind, an array's helper (arrayHelperNamed) or the method. */
  private kindMethod(e: ts.CallExpression, callee: ts.PropertyAccessExpression, v: Value, kind: BoxKind): Value {
    const helper = kind === "array" ? arrayHelperNamed(callee.name.text, e.arguments.length) : null;
    if (helper) return this.op("simple_call", [new Constant(this.fe.arrayHelper(helper)), v, ...this.args(e)], e);
    return this.op("call_method", [v, new Constant(callee.name.text), ...this.args(e)], e);
  }

  rlibCall(key: string, e: ts.CallExpression, self: Value | null): Value {
    if (key === "rts/jit:JitDriver.notAnEntry") return this.b.emit("jit_marker", [new Constant("not_an_entry"), self ?? new Constant(null), new Constant("")], this.loc(e), "_");
    if (key === "rts/jit:JitDriver.jitMergePoint" || key === "rts/jit:JitDriver.canEnterJit") {
      checkJitHintPlace(e, key.endsWith("jitMergePoint"), (n, m) => this.fail(n, m));
      // keep the hint (and the variables it names) in the graph for the JIT
      const arg = e.arguments[0];
      const vals: Value[] = [];
      const names: string[] = [];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (ts.isShorthandPropertyAssignment(p)) {
            // `{ pc }` names the variable pc: resolve the value symbol, not the property
            const decl = this.checker.getShorthandAssignmentValueSymbol(p)?.valueDeclaration;
            if (!decl) this.fail(p, M.unsupportedName, p.name.text);
            names.push(p.name.text);
            vals.push(this.readLocal(this.localKey(decl), p));
          } else if (ts.isPropertyAssignment(p)) {
            names.push(p.name.getText());
            vals.push(this.expr(p.initializer));
          }
        }
      }
      const kind = key.endsWith("jitMergePoint") ? "jit_merge_point" : "can_enter_jit";
      return this.b.emit("jit_marker", [new Constant(kind), self ?? new Constant(null), new Constant(names.join(",")), ...vals], this.loc(e), "_");
    }
    return this.op("builtin_call", [new Constant(new BuiltinDesc(key)), ...this.args(e)], e);
  }

  superCall(e: ts.CallExpression): Value {
    const cls = this.fn.cls!;
    const base = cls.base!;
    this.op("simple_call", [new Constant(this.fe.constructorOf(base)), this.readThis(e), ...this.ctorArgs(base, e)], e, "_");
    this.afterSuper();
    return new Constant(null);
  }

  /** Hook for constructors: field initializers run right after super(). */
  afterSuper(): void {}

  newExpr(e: ts.NewExpression): Value {
    const ctorName = e.expression.getText();
    const tsType = this.checker.getTypeAtLocation(e);
    if (this.fe.isGlobalName(e.expression)) {
      switch (ctorName) {
        case "Uint8Array":
        case "Int32Array":
        case "Float64Array": {
          const n = e.arguments?.[0];
          if (!n) this.fail(e, M.typedArrayLength);
          // new Float64Array(xs): of an iterable's items
          if (!(this.checker.getTypeAtLocation(n).flags & ts.TypeFlags.NumberLike)) return this.typedArrayOf(ctorName, n, e);
          const kind = { Uint8Array: "u8", Int32Array: "i32", Float64Array: "f64" }[ctorName];
          return this.op("newtyped", [new Constant(kind), this.expr(n)], e, "ta");
        }
        case "Map":
        case "Set": {
          // `const g: Graph = new Map()`: the declared type says what `new Map()` (Map<any, any>) holds
          const contextual = e.typeArguments ? undefined : this.checker.getContextualType(e);
          // (only a Map or Set type says that: an Iterable<[K, V]> parameter does not)
          const ctxName = contextual && this.fe.types.collectionName(contextual);
          const declared = contextual && (ctxName === "Map" || ctxName === "Set") ? this.fe.types.nonNullType(contextual) : undefined;
          const keys = this.fe.types.keyKind(declared ?? tsType, this.fn.typeEnv, e, ctorName);
          const m = this.op("newmap", [new Constant(ctorName === "Map" ? "map" : "set"), new Constant(keys)], e, "m");
          const init = e.arguments?.[0];
          if (init && init.kind !== K.NullKeyword && !(ts.isIdentifier(init) && init.text === "undefined")) {
            // new Map(iterable): its items (as `[...iterable]` makes them) set or added in order
            const items = this.op("newlist", [], init, "items");
            this.pushItems(items, init, init);
            const fill = this.fe.arrayHelper(ctorName === "Map" ? "mapSetPairs" : "setAddItems", "rts/rlib/iteration");
            this.op("simple_call", [new Constant(fill), m, items], e, "_");
          }
          return m;
        }
        case "Array":
          return this.fail(e, M.newArray);
        case "RegExp": {
          // new RegExp(pattern, flags?): compiled now when both are literals, else at run time (rts/rlib/regex)
          const [p, f] = e.arguments ?? [];
          if (!p || !(this.checker.getTypeAtLocation(p).flags & ts.TypeFlags.StringLike)) return this.fail(e, M.unsupportedName, "new RegExp(a RegExp)");
          if (ts.isStringLiteralLike(p) && (!f || ts.isStringLiteralLike(f)) && compilable(p.text, f ? f.text : "")) return this.regexValue(p.text, f ? f.text : "", e);
          return this.op("simple_call", [new Constant(this.fe.arrayHelper("newRegex", "rts/rlib/regex")), this.expr(p), f ? this.expr(f) : new Constant("")], e, "re");
        }
      }
    }
    const rlibCls = this.fe.rlibClass(e.expression);
    if (rlibCls === "rts/jit:JitDriver") return this.fail(e, M.jitDriverAtRuntime);
    const generic = this.fe.types.classOfExpression(e.expression);
    const cls = generic.genericFamily ? this.fe.types.classOfType(tsType, false, this.fn.typeEnv)! : generic;
    if (cls.isAbstract) this.fail(e, M.abstractNew, cls.name);
    return this.op("newinstance", [new Constant(cls), ...this.ctorArgs(cls, e)], e, "inst");
  }

  /** Constructor arguments; `new Error()` means `new Error("")`. */
  ctorArgs(cls: ClassDesc, e: ts.CallExpression | ts.NewExpression): Value[] {
    const args = this.args(e);
    const isError = this.fe.builtinClasses.get("Error")!;
    if (args.length === 0 && isErrorClass(cls, isError) && this.fe.constructorOf(cls).params.length === 1) args.push(new Constant(""));
    return args;
  }
}

/**
 * Where the JIT's hints may stand (RPython's rule): jitMergePoint first in
 * the body of the dispatch loop, canEnterJit inside that loop; their names
 * are checked against the driver's after annotation (annotator/jithints.ts).
 */
function checkJitHintPlace(e: ts.CallExpression, mergePoint: boolean, fail: (n: ts.Node, m: typeof M.jitMergePointPlace) => never): void {
  const isLoop = (n: ts.Node): n is ts.IterationStatement => ts.isIterationStatement(n, false);
  if (mergePoint) {
    const st = e.parent;
    const body = st && ts.isExpressionStatement(st) ? st.parent : undefined;
    const first = body && ts.isBlock(body) ? body.statements[0] === st && isLoop(body.parent) : body !== undefined && isLoop(body);
    if (!first) fail(e, M.jitMergePointPlace);
    return;
  }
  for (let n: ts.Node | undefined = e.parent; n && !ts.isFunctionLike(n); n = n.parent) if (isLoop(n)) return;
  fail(e, M.canEnterJitPlace);
}

/** The pattern compiles (else `new RegExp` throws its SyntaxError at run time, as on Node). */
function compilable(source: string, flags: string): boolean {
  try {
    compileRegex(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** The rts/rlib/arrays helper of an array method decided by its name and argument count alone (null: another path). */
function arrayHelperNamed(name: string, n: number): string | null {
  const simple: Record<string, string> = {
    forEach: "arrayForEach", map: "arrayMap", filter: "arrayFilter", some: "arraySome", every: "arrayEvery", findIndex: "arrayFindIndex",
    find: "arrayFind", findLast: "arrayFindLast", findLastIndex: "arrayFindLastIndex", at: "arrayAt", indexOf: "arrayIndexOf",
    includes: "arrayIncludes", flatMap: "arrayFlatMap", fill: "arrayFill",
  };
  if (simple[name]) return simple[name];
  if (name === "reduce") return n >= 2 ? "arrayReduce" : "arrayReduce1";
  if (name === "sort") return n >= 1 ? "arraySort" : "arraySortDefault";
  if (name === "reduceRight") return n >= 2 ? "arrayReduceRight" : "arrayReduceRight1";
  if (name === "lastIndexOf") return n >= 2 ? "arrayLastIndexOfFrom" : "arrayLastIndexOf";
  return null;
}
