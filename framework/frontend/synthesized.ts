// Graphs the frontend makes without a function body to lower: the stub of a
// function with errors, the closure wrapping a top-level function, a field
// accessor, the constructors of the builtin error classes.
import { Constant, type FunctionGraph, type SourceLoc, type Value } from "../flow/model.ts";
import { GIVEN, type ClassDesc, type FunctionDesc } from "../flow/descriptors.ts";
import { GraphBuilder } from "./builder.ts";
import { ENV } from "./bindings.ts";
import { jsClassName } from "../rtyper/printing.ts";
import type { Frontend } from "./frontend.ts";

/** A function whose body could not be lowered (its error is reported): a graph that never returns. */
export function stubGraph(fn: FunctionDesc): FunctionGraph {
  const params = fn.kind === "function" ? fn.params : fn.kind === "closure" ? [ENV, ...fn.params] : ["this", ...fn.params];
  const b = new GraphBuilder(fn.qualname, fn.optional ? [...params, GIVEN] : params, fn.loc);
  b.emit("unreachable", [new Constant("a function with errors")], fn.loc, "_");
  const g = b.finish();
  g.func = fn;
  return g;
}

/** The closure of a top-level function: forwards its arguments. */
export function wrapperGraph(fn: FunctionDesc): FunctionGraph {
  const b = new GraphBuilder(`${fn.name}$value`, [ENV, ...fn.params], fn.loc);
  b.ret(b.emit("simple_call", [new Constant(fn.wraps), ...fn.params.map((p) => b.read(p))], fn.loc, "r"));
  const g = b.finish();
  g.func = fn;
  return g;
}

/**
 * A synthesized field accessor: `return this.x` or `this.x = value`
 * (`return undefined` for a property the class lacks); or, for a method
 * called through an interface that a record implements with a property
 * holding a function, `return this.m(...args)`.
 */
export function accessorGraph(fn: FunctionDesc): FunctionGraph {
  const { field, name, kind } = fn.fieldAccess!;
  const b = new GraphBuilder(`${fn.qualname}`, ["this", ...fn.params], fn.loc);
  if (!field) {
    b.ret(new Constant(undefined)); // the class has no such property
  } else if (kind === "get") {
    b.ret(b.emit("getattr", [b.read("this"), new Constant(name)], fn.loc, "v"));
  } else if (kind === "call") {
    const f = b.emit("getattr", [b.read("this"), new Constant(name)], fn.loc, "f");
    b.ret(b.emit("call_value", [f, ...fn.params.map((p) => b.read(p))], fn.loc, "r"));
  } else {
    b.emit("setattr", [b.read("this"), new Constant(name), b.read("value")], fn.loc, "_");
    b.ret(new Constant(null));
  }
  const g = b.finish();
  g.func = fn;
  return g;
}

/** Error(message): stores the message and the class's name (Error.prototype.name, RangeError.prototype.name...). */
/** (A subclass such as RangeError calls the base class's constructor, then sets its own name.) */
export function builtinErrorCtor(fn: FunctionDesc, baseCtor: FunctionDesc | null): FunctionGraph {
  const b = new GraphBuilder(`${fn.cls!.name}.constructor`, ["this", ...fn.params], null);
  if (baseCtor) {
    b.emit("simple_call", [new Constant(baseCtor), b.read("this"), ...fn.params.map((p) => b.read(p))], null, "_");
  } else {
    b.emit("setattr", [b.read("this"), new Constant("message"), b.read(fn.params[0])], null, "_");
  }
  b.emit("setattr", [b.read("this"), new Constant("name"), new Constant(fn.cls!.name)], null, "_");
  b.ret(new Constant(null));
  const g = b.finish();
  g.func = fn;
  return g;
}

/**
 * What JavaScript objects inherit: Object.prototype.toString ("[object
 * Object]"), Error.prototype.toString ("Name: message", rts/rlib/builtins
 * errorToString) and `x.constructor.name` (the class's JavaScript name).
 */
/**
 * Object.keys / Object.values of a record: its properties in its shape's
 * order (the order the object got them), an optional one the object left
 * out (undefined) skipped, as JavaScript lists an object's own keys.
 */
function recordKeysOrValues(b: GraphBuilder, cls: ClassDesc, which: "keys" | "values", loc: SourceLoc | null): void {
  const out = b.emit("newlist", [], loc, "out");
  for (const f of cls.fields.values()) {
    const value = b.emit("getattr", [b.read("this"), new Constant(f.name)], loc, "v");
    const push = (): void => void b.emit("call_method", [out, new Constant("push"), which === "keys" ? new Constant(f.name) : value], loc, "_");
    if (!f.absentWhenUndefined) {
      push();
      continue;
    }
    const present = b.newBlock();
    const next = b.newBlock();
    b.branch(b.emit("eq", [value, new Constant(undefined)], loc, "absent"), next, present);
    b.startBlock(present);
    push();
    b.goto(next, []);
    b.startBlock(next);
  }
  b.ret(out);
}

/**
 * A tuple's toString(), Array.prototype.join's: the items as strings
 * separated by commas, null and undefined as nothing; the optional elements
 * a literal left out are no items.
 */
function tupleToString(b: GraphBuilder, cls: ClassDesc, loc: SourceLoc | null): void {
  let text: Value = new Constant("");
  const done = b.newBlock(1, "s");
  [...cls.fields.values()].forEach((f, i) => {
    const item = b.emit("getattr", [b.read("this"), new Constant(f.name)], loc, "item");
    if (f.absentWhenUndefined) {
      const present = b.newBlock();
      const stop = b.newBlock();
      b.branch(b.emit("eq", [item, new Constant(undefined)], loc, "absent"), stop, present);
      b.startBlock(stop);
      b.goto(done, [text]);
      b.startBlock(present);
    }
    if (i > 0) text = b.emit("add", [text, new Constant(",")], loc, "s");
    const shown = b.newBlock();
    const empty = b.newBlock();
    const joined = b.newBlock(1, "piece");
    b.branch(b.emit("nullish", [item], loc, "isnull"), empty, shown);
    b.startBlock(empty);
    b.goto(joined, [new Constant("")]);
    b.startBlock(shown);
    b.goto(joined, [b.emit("str", [item], loc, "piece")]);
    b.startBlock(joined);
    text = b.emit("add", [text, b.fixedArgs(joined)[0]], loc, "s");
  });
  b.goto(done, [text]);
  b.startBlock(done);
  b.ret(b.fixedArgs(done)[0]);
}

export function inheritedMethodGraph(fn: FunctionDesc, fe: Frontend): FunctionGraph {
  const b = new GraphBuilder(`${fn.qualname}`, ["this"], fn.loc);
  if (fn.inherited === "toString" && fn.cls!.tuple) {
    tupleToString(b, fn.cls!, fn.loc);
  } else if (fn.inherited === "rest") {
    // `const { type, ...payload } = event`: a new record of the other properties, in the order this object has them
    const cls = fe.records.restClass(fn.cls!, fn.name);
    const values = [...cls.fields.keys()].map((f) => b.emit("getattr", [b.read("this"), new Constant(f)], fn.loc, "v"));
    b.ret(b.emit("newrecord", [new Constant(cls), ...values], fn.loc, "rest"));
  } else if (fn.inherited === "keys" || fn.inherited === "values") {
    recordKeysOrValues(b, fn.cls!, fn.inherited, fn.loc);
  } else if (fn.inherited === "errorToString") {
    const name = b.emit("getattr", [b.read("this"), new Constant("name")], fn.loc, "name");
    const message = b.emit("getattr", [b.read("this"), new Constant("message")], fn.loc, "message");
    b.ret(b.emit("simple_call", [new Constant(fe.arrayHelper("errorToString", "rts/rlib/builtins")), name, message], fn.loc, "s"));
  } else {
    b.ret(new Constant(fn.inherited === "className" ? (fn.cls!.tuple ? "Array" : jsClassName(fn.cls!) || "Object") : "[object Object]"));
  }
  const g = b.finish();
  g.func = fn;
  return g;
}
