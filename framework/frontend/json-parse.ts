// JSON.parse: the parser is RTS code (rts/rlib/json-parse) that makes
// JavaScript's JSON values as a value union.  Where the program gives the
// result a type — `JSON.parse(s) as Config`, `const xs: number[] =
// JSON.parse(s)`, a parameter or return type — the value must become that
// type's representation (a record of the type's shape, a list, a map, an
// unboxed number), so the frontend makes a converter per type: a function
// `(v, path) => T` that checks the value against the type and builds the
// typed value, calling the converters of the parts (recursive types call
// themselves).  A document that does not fit the type stops the program
// with the place it differs (Node would go on with a mistyped value).
// Types JSON cannot produce (classes, Maps, tuples, functions) are
// rejected where JSON.parse is called.
import { ts } from "ts-morph";
import { Constant, type FunctionGraph, type SourceLoc, type Value } from "../flow/model.ts";
import { FunctionDesc } from "../flow/descriptors.ts";
import { M } from "../diagnostics/messages.ts";
import { GraphBuilder } from "./builder.ts";
import { EMPTY_ENV, typeKey } from "./generics.ts";
import type { Frontend } from "./frontend.ts";

const MODULE = "rts/rlib/json-parse";
const TF = ts.TypeFlags;

/** The kinds of JSON value a type's members take, as rts/rlib/json-parse jsonKind names them. */
type JsonKind = "boolean" | "number" | "string" | "array" | "object";

export class JsonConverters {
  private readonly converters = new Map<string, FunctionDesc>();
  private readonly targets = new Map<FunctionDesc, { type: ts.Type; at: ts.Node }>();

  constructor(private readonly fe: Frontend) {}

  private get checker(): ts.TypeChecker {
    return this.fe.checker;
  }

  /** What JSON.parse's result becomes at `call`: the type the program gives it, or null (none: the JSON value itself). */
  targetType(call: ts.CallExpression): ts.Type | null {
    let e: ts.Expression = call;
    while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
    const p = e.parent;
    const t = ts.isAsExpression(p) || ts.isTypeAssertionExpression(p) ? this.checker.getTypeFromTypeNode(p.type) : this.checker.getContextualType(e);
    if (!t || t.flags & (TF.Any | TF.Unknown)) return null;
    return t;
  }

  /** The converter of JSON values to type t (checked now, so an unsupported type is reported at `at`). */
  converter(t: ts.Type, at: ts.Node): FunctionDesc {
    if (!this.converters.has(typeKey(this.checker, t, EMPTY_ENV))) this.check(t, at, new Set());
    return this.part(t, at);
  }

  /** The converter of a part of a checked type. */
  part(t: ts.Type, at: ts.Node): FunctionDesc {
    const key = typeKey(this.checker, t, EMPTY_ENV);
    let fn = this.converters.get(key);
    if (!fn) {
      fn = new FunctionDesc(`$json${this.converters.size}`, "function", null, null, ["v", "path"], this.fe.loc(at));
      this.converters.set(key, fn);
      this.targets.set(fn, { type: t, at });
      fn.jsonTarget = true;
    }
    return fn;
  }

  /** The members of t JSON can give (null and undefined apart), grouped by kind; an error at `at` for anything else (none when t was checked). */
  kinds(t: ts.Type, at: ts.Node | null = null): Map<JsonKind, ts.Type[]> {
    const out = new Map<JsonKind, ts.Type[]>();
    const add = (k: JsonKind, m: ts.Type): void => void out.set(k, [...(out.get(k) ?? []), m]);
    for (const m of t.isUnion() ? t.types : [t]) {
      if (m.flags & (TF.Null | TF.Undefined | TF.Void)) continue;
      if (m.flags & TF.NumberLike) add("number", m);
      else if (m.flags & TF.StringLike) add("string", m);
      else if (m.flags & TF.BooleanLike) add("boolean", m);
      else if (this.checker.isArrayType(m)) add("array", m);
      else if (this.fe.types.isDictType(m) || this.fe.records.isRecordType(m)) add("object", m);
      else this.fe.fail(at!, M.jsonParseType, this.checker.typeToString(m), this.checker.typeToString(t));
    }
    return out;
  }

  /** The discriminating property of a union of record types: each gives it a different string literal type. */
  discriminant(records: ts.Type[]): string | null {
    const literalsOf = (m: ts.Type, name: string): string[] | null => {
      const p = m.getProperty(name);
      if (!p) return null;
      const pt = this.checker.getTypeOfSymbol(p);
      const ms = pt.isUnion() ? pt.types : [pt];
      return ms.every((x) => x.isStringLiteral()) ? ms.map((x) => (x as ts.StringLiteralType).value) : null;
    };
    for (const p of records[0].getProperties()) {
      const all = records.map((m) => literalsOf(m, p.name));
      if (all.some((l) => l === null)) continue;
      const flat = all.flat() as string[];
      if (new Set(flat).size === flat.length) return p.name;
    }
    return null;
  }

  private check(t: ts.Type, at: ts.Node, seen: Set<ts.Type>): void {
    if (seen.has(t)) return;
    seen.add(t);
    const whole = (): string => this.checker.typeToString(t);
    for (const [kind, ms] of this.kinds(t, at)) {
      const objects = ms.filter((m) => this.fe.records.isRecordType(m));
      if (kind === "object" && objects.length !== ms.length && ms.length > 1) this.fe.fail(at, M.jsonParseAmbiguous, whole(), "an object used as a map and a record type");
      if (kind === "object" && objects.length > 1 && !this.discriminant(objects)) this.fe.fail(at, M.jsonParseAmbiguous, whole(), "record types without a discriminating property of string literal types");
      if (kind === "array" && ms.length > 1) this.fe.fail(at, M.jsonParseAmbiguous, whole(), "several array types");
      for (const m of ms) {
        if (kind === "array") this.check(this.checker.getTypeArguments(m as ts.TypeReference)[0], at, seen);
        else if (kind === "object" && this.fe.types.isDictType(m)) this.check(this.checker.getIndexInfosOfType(m)[0].type, at, seen);
        else if (kind === "object") for (const p of m.getProperties()) this.check(this.checker.getTypeOfSymbol(p), at, seen);
      }
    }
  }

  /** The graph of a converter: `(v, path) => T`. */
  graph(fn: FunctionDesc): FunctionGraph {
    const { type: t, at } = this.targets.get(fn)!;
    const b = new GraphBuilder(fn.name, fn.params, fn.loc);
    const lowering = new ConverterLowering(this.fe, this, b, at);
    b.ret(lowering.convert(t, b.read("v"), b.read("path")));
    const g = b.finish();
    g.func = fn;
    return g;
  }
}

/** Emits the steps of one converter (the types were checked when it was made). */
class ConverterLowering {
  constructor(
    private readonly fe: Frontend,
    private readonly converters: JsonConverters,
    private readonly b: GraphBuilder,
    /** The JSON.parse call the converter serves. */
    private readonly at: ts.Node,
  ) {}

  private get loc(): SourceLoc {
    return this.fe.loc(this.at);
  }

  private call(name: string, args: Value[], hint = "j"): Value {
    return this.b.emit("simple_call", [new Constant(this.fe.arrayHelper(name, MODULE)), ...args], this.loc, hint);
  }

  /** The converter of type t as a function value. */
  private converterValue(t: ts.Type): Value {
    const fn = this.converters.part(t, this.at);
    return this.b.emit("make_closure", [new Constant(this.fe.closures.functionValue(fn))], this.loc, "conv");
  }

  private typeName(t: ts.Type): Constant {
    return new Constant(this.fe.checker.typeToString(t));
  }

  /** Branches on `test`: the true side's value from `then`, else `otherwise`'s; the merged value. */
  private choose(test: Value, then: () => Value, otherwise: () => Value): Value {
    const merge = this.b.newBlock(1, "jv");
    const yes = this.b.newBlock();
    const no = this.b.newBlock();
    this.b.branch(test, yes, no);
    this.b.startBlock(yes);
    this.b.goto(merge, [then()]);
    this.b.startBlock(no);
    this.b.goto(merge, [otherwise()]);
    this.b.startBlock(merge);
    return this.b.fixedArgs(merge)[0];
  }

  convert(t: ts.Type, v: Value, path: Value): Value {
    const kinds = this.converters.kinds(t);
    const nullable = (t.isUnion() ? t.types : [t]).some((m) => m.flags & TF.Null);
    const nonNull = (): Value => {
      const entries = [...kinds];
      if (entries.length === 1) return this.convertKind(entries[0][0], entries[0][1], v, path);
      // a union of kinds (`number | string`, `Json[] | { [k: string]: Json }`): by the value's kind
      const kind = this.call("jsonKind", [v], "kind");
      const step = (i: number): Value => {
        if (i === entries.length) {
          this.call("jsonMismatch", [v, path, this.typeName(t)], "_");
          return new Constant(undefined);
        }
        const [k, ms] = entries[i];
        const is = this.b.emit("eq", [kind, new Constant(k)], this.loc, "is");
        return this.choose(is, () => this.convertKind(k, ms, v, path), () => step(i + 1));
      };
      return step(0);
    };
    if (!nullable) return kinds.size === 0 ? this.mismatch(v, path, t) : nonNull();
    if (kinds.size === 0) return this.choose(this.call("jsonIsNull", [v], "isnull"), () => new Constant(null), () => this.mismatch(v, path, t));
    return this.choose(this.call("jsonIsNull", [v], "isnull"), () => new Constant(null), nonNull);
  }

  private mismatch(v: Value, path: Value, t: ts.Type): Value {
    this.call("jsonMismatch", [v, path, this.typeName(t)], "_");
    return new Constant(null);
  }

  /** A value of one kind, typed by the members `ms` of that kind. */
  private convertKind(kind: JsonKind, ms: ts.Type[], v: Value, path: Value): Value {
    const checker = this.fe.checker;
    switch (kind) {
      case "number":
        return this.call("jsonAsNumber", [v, path], "num");
      case "boolean":
        return this.call("jsonAsBoolean", [v, path], "bool");
      case "string": {
        if (!ms.every((m) => m.isStringLiteral())) return this.call("jsonAsString", [v, path], "str");
        const allowed = this.b.emit("newlist", ms.map((m) => new Constant((m as ts.StringLiteralType).value)), this.loc, "allowed");
        return this.call("jsonAsStringOf", [v, path, allowed], "str");
      }
      case "array":
        return this.call("jsonAsArray", [v, path, this.converterValue(checker.getTypeArguments(ms[0] as ts.TypeReference)[0])], "arr");
      case "object": {
        if (this.fe.types.isDictType(ms[0])) return this.call("jsonAsDict", [v, path, this.converterValue(checker.getIndexInfosOfType(ms[0])[0].type)], "dict");
        if (ms.length === 1) return this.record(ms[0], v, path);
        return this.taggedRecord(ms, v, path);
      }
    }
  }

  /** A record type: its properties in its order (none other), each converted; optional ones may be absent. */
  private record(t: ts.Type, v: Value, path: Value): Value {
    const checker = this.fe.checker;
    const o = this.call("jsonAsObject", [v, path], "obj");
    const props = t.getProperties();
    const names = this.b.emit("newlist", props.map((p) => new Constant(p.name)), this.loc, "names");
    this.call("jsonCheckKeys", [o, names, path, this.typeName(t)], "_");
    const values: Value[] = [];
    for (const p of props) {
      const pt = checker.getTypeOfSymbol(p);
      const sub = this.b.emit("add", [path, new Constant(`.${p.name}`)], this.loc, "path");
      const convert = (): Value => {
        const x = this.call("jsonProperty", [o, new Constant(p.name), path, this.typeName(t)], "x");
        return this.b.emit("simple_call", [new Constant(this.converters.part(pt, this.at)), x, sub], this.loc, p.name);
      };
      if (p.flags & ts.SymbolFlags.Optional) values.push(this.choose(this.call("jsonHas", [o, new Constant(p.name)], "has"), convert, () => new Constant(undefined)));
      else values.push(convert());
    }
    const fields = props.map((p) => ({ name: p.name, type: checker.getTypeOfSymbol(p), given: !(p.flags & ts.SymbolFlags.Optional) }));
    const decl = t.getSymbol()?.declarations?.[0];
    const cls = this.fe.records.classFor(fields, t, decl ?? this.at, EMPTY_ENV);
    return this.b.emit("newrecord", [new Constant(cls), ...values], this.loc, "rec");
  }

  /** A union of record types told apart by a property of string literal types (`kind: "num"`): the member its value names. */
  private taggedRecord(ms: ts.Type[], v: Value, path: Value): Value {
    const tag = this.converters.discriminant(ms)!;
    const o = this.call("jsonAsObject", [v, path], "obj");
    const x = this.call("jsonProperty", [o, new Constant(tag), path, new Constant(ms.map((m) => this.fe.checker.typeToString(m)).join(" | "))], "tag");
    // each literal the tag may be, with the member it names
    const cases: [string, ts.Type][] = ms.flatMap((m) => {
      const pt = this.fe.checker.getTypeOfSymbol(m.getProperty(tag)!);
      return (pt.isUnion() ? pt.types : [pt]).map((l): [string, ts.Type] => [(l as ts.StringLiteralType).value, m]);
    });
    const allowed = this.b.emit("newlist", cases.map(([s]) => new Constant(s)), this.loc, "allowed");
    const sub = this.b.emit("add", [path, new Constant(`.${tag}`)], this.loc, "path");
    const value = this.call("jsonAsStringOf", [x, sub, allowed], "tagv");
    const step = (i: number): Value => {
      const viaMember = (): Value => this.b.emit("simple_call", [new Constant(this.converters.part(cases[i][1], this.at)), v, path], this.loc, "rec");
      if (i === cases.length - 1) return viaMember();
      return this.choose(this.b.emit("eq", [value, new Constant(cases[i][0])], this.loc, "is"), viaMember, () => step(i + 1));
    };
    return step(0);
  }
}
