// Lowering of closures and cells.  A closure is a GC object of its own class
// (a subclass of the builtin Closure) whose first field is the code pointer
// and whose other fields hold the captured values; a function value is a
// pointer to the Closure base.  A call through a value with one possible
// target is a direct call; otherwise it loads the code pointer and calls it
// indirectly (all members of a call family share one signature).
import { Constant, type Value } from "../flow/model.ts";
import { givenArgs, type ClassDesc, type FunctionDesc } from "../flow/descriptors.ts";
import { callArgs as argsOf, zeroOf } from "./values.ts";
import { SomeFunction, SomeList, type SomeInstance, type SomeValue } from "../annotator/model.ts";
import { Signed, type LLType } from "./lltypes.ts";
import type { LLBuilder, RTyper } from "./rtyper.ts";

type Rule = (ll: LLBuilder, args: Value[], anns: SomeValue[], rt: RTyper) => void;

function metaOf<T>(v: Value): T {
  return (v as Constant).value as T;
}

/** Arguments converted to the callee's parameter types; missing trailing ones are zero. */
function argsFor(ll: LLBuilder, argTypes: LLType[], args: Value[]): Value[] {
  return argTypes.map((t, i) => (i < args.length ? ll.convert(args[i], t) : zeroOf(t)));
}

/** A tuple or a record: allocated, then its fields set in field order. */
const newObject: Rule = (ll, [c, ...items], _a, rt) => {
  const cls = metaOf<ClassDesc>(c);
  const layout = rt.layoutOf(cls);
  const obj = ll.finish("malloc", [ll.meta(layout)]);
  const names = [...cls.fields.keys()];
  items.forEach((v, i) => ll.genop("setfield", [obj, ll.meta(names[i]), ll.convert(v, layout.field(names[i]).type)], { k: "Void" }));
};

export const CLOSURE_RULES: Record<string, Rule> = {
  make_closure: (ll, [d, ...captured], _a, rt) => {
    const desc = metaOf<FunctionDesc>(d);
    const layout = rt.layoutOf(desc.envClass!);
    const obj = ll.genop("malloc", [ll.meta(layout)], { k: "Inst", layout });
    // a closure that is never called has no graph: no code to point to
    const code = desc.graph && rt.functions.has(desc.graph) ? ll.genop("fnaddr", [ll.meta(rt.llfunction(desc))], Signed) : ll.int(0);
    ll.genop("setfield", [obj, ll.meta("fn"), code], { k: "Void" });
    captured.forEach((v, i) => ll.genop("setfield", [obj, ll.meta(`c${i}`), ll.convert(v, layout.field(`c${i}`).type)], { k: "Void" }));
    ll.finish("cast_pointer", [obj]);
  },
  // o.m(args) where o's m is a field holding a function (an object literal implementing an interface method)
  call_field: (ll, [obj, n, ...args], [a, , ...anns], rt) => {
    const inst = a as SomeInstance;
    const o = inst.maybeNullish ? ll.genop("check_nonnull", [obj], rt.lltype(inst.withFlags(false, false))) : obj;
    const field = rt.an.fieldFor(inst.cls, metaOf<string>(n))!;
    const fa = rt.an.fields.get(field)!.ann;
    const f = ll.genop("getfield", [o, ll.meta(metaOf<string>(n))], rt.lltype(fa));
    CLOSURE_RULES.call_value(ll, [f, ...args], [fa, ...anns], rt);
  },
  getcapture: (ll, [env, d, i], _a, rt) => {
    const layout = rt.layoutOf(metaOf<FunctionDesc>(d).envClass!);
    const self = ll.genop("cast_pointer", [env], { k: "Inst", layout });
    ll.finish("getfield", [self, ll.meta(`c${metaOf<number>(i)}`)]);
  },
  call_value: (ll, [f, ...args], [fa], rt) => {
    const fn = fa as SomeFunction;
    const self = fn.maybeNullish ? ll.genop("check_nonnull", [f], rt.lltype(fn.withFlags(false, false))) : f;
    // a generic arrow function's copy for this site's arguments (annotator: callFunctionValue)
    const descs = [...fn.descs];
    const copy = rt.an.closureCopies.get(ll.hl);
    if (copy) descs[0] = copy;
    const first = rt.llfunction(descs[0]);
    const callArgs = descs[0].optional ? argsOf(ll, rt, descs[0], [self, ...args], givenArgs(args)) : argsFor(ll, first.argTypes, [self, ...args]);
    if (descs.length === 1) return void ll.finish("direct_call", [ll.meta(first), ...callArgs]);
    const code = ll.genop("getfield", [self, ll.meta("fn")], Signed);
    ll.finish("indirect_call", [ll.meta(first), code, ...callArgs]);
  },
  newtuple: newObject,
  newrecord: newObject,
  newcell: (ll, _args, _a, rt) => {
    const item = (rt.lltype(ll.hl.result.annotation as SomeValue) as { item: LLType }).item;
    ll.finish("list_new", [ll.meta(item), zeroOf(item)]);
  },
  cell_get: (ll, [c]) => void ll.finish("list_getitem", [c, ll.int(0)]),
  cell_set: (ll, [c, v], [ca], rt) => {
    const item = (rt.lltype(ca as SomeList) as { item: LLType }).item;
    ll.finish("list_setitem", [c, ll.int(0), ll.convert(v, item)]);
  },
};
