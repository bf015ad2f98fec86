// One low-level operation -> jitcode instructions (RPython's jtransform.py):
// the ops the JIT knows natively get their own instructions (arithmetic,
// instance fields and allocation, calls, hints); every other op of the op
// table runs as itself through `op_<kind>` with an OpDescr.  Resume points
// (`live`) go before instructions that become guards when traced and after
// calls, whose callee may fail a guard or raise.
import { Constant, Variable, formatLoc, type SpaceOperation, type Value } from "../../flow/model.ts";
import { isCall, opInfo } from "../../ops/index.ts";
import { parseSignature } from "../../ops/op.ts";
import type { FieldDesc } from "../../flow/descriptors.ts";
import type { FieldMark } from "../marks.ts";
import { quasiWatcherField, type ClassLayout, type LLType, type MethodSlot } from "../../rtyper/lltypes.ts";
import type { LLFunction } from "../../rtyper/rtyper.ts";
import type { Effects } from "../../transforms/effects.ts";
import { heapEffects } from "../../ops/signatures.ts";
import { typeOfValue } from "../../rtyper/values.ts";
import { kindOf, type CallDescr, type Descr, type EffectInfo, type FieldDescr, type JitCode, type Kind, type OpDescr } from "./jitcode.ts";
import { COPY_OF, DescrRef, insn, kindOfValue, RegList, type Insn, type Label } from "./ssarepr.ts";

/** Ops with an instruction of their own: op name -> instruction name. */
const NATIVE: Record<string, string> = {
  int_add: "int_add",
  int_sub: "int_sub",
  int_mul: "int_mul",
  int_neg: "int_neg",
  int_lt: "int_lt",
  int_le: "int_le",
  int_gt: "int_gt",
  int_ge: "int_ge",
  int_eq: "int_eq",
  int_ne: "int_ne",
  bool_eq: "int_eq",
  bool_ne: "int_ne",
  int_is_true: "int_is_true",
  bool_not: "bool_not",
  float_add: "float_add",
  float_sub: "float_sub",
  float_mul: "float_mul",
  float_div: "float_div",
  float_neg: "float_neg",
  float_lt: "float_lt",
  float_le: "float_le",
  float_gt: "float_gt",
  float_ge: "float_ge",
  float_eq: "float_eq",
  float_ne: "float_ne",
  cast_int_to_float: "cast_int_to_float",
  ptr_eq: "ptr_eq",
  ptr_ne: "ptr_ne",
  ptr_iszero: "ptr_iszero",
  ptr_nonzero: "ptr_nonzero",
};

/** Ops that only rename a value of the same kind. */
const COPIES = new Set(["same_as", "cast_pointer", "cast_bool_to_int"]);

/** Ops that have no meaning in a jitcode. */
const DROPPED = new Set(["stack_check"]);

export interface TransformContext {
  /** The jitcode of a function the JIT looks inside, or null (the call stays residual: a portal's too). */
  jitcodeOf(fn: LLFunction): JitCode | null;
  /** The index of a JitDriver (the order the codewriter found their portals in). */
  driverIndex(driver: object): number;
  effects: Effects;
  /** rts/jit elidable: calls fold when their arguments are constant. */
  isElidable(fn: LLFunction): boolean;
  /** The one descr object for equal descrs (the assembler numbers each once). */
  intern(key: string, make: () => Descr): Descr;
  /** rts/jit immutableFields of a field, if it is marked. */
  fieldMark(f: FieldDesc): FieldMark | undefined;
  /** rts/jit virtualizable of a field, if it is declared. */
  vableMark(f: FieldDesc): FieldMark | undefined;
  /** rts/jit lookInsideIff: the jitcodes of a marked function's predicate and of the function itself (null: not marked). */
  lookInsideIff(fn: LLFunction): { predicate: JitCode; callee: JitCode } | null;
  /** A method call's possible receivers (subtrees of `receiver`'s class) with the one implementation each runs (methodTargets in codewriter.ts); absent: method calls stay ops. */
  methodTargets?(slot: MethodSlot, receiver: ClassLayout): MethodTarget[];
  /** Some function whose address the program takes has a jitcode: indirect calls may be inlined. */
  indirectTargets?: boolean;
}

/** A class subtree whose classes all run `fn` for a method slot. */
export interface MethodTarget {
  layout: ClassLayout;
  fn: LLFunction;
}

const kindSuffix = (k: Kind | null): string => k ?? "v";
export const KIND_NAME: Record<Kind, string> = { i: "int", r: "ref", f: "float" };

function constantOf(n: number): Constant {
  const c = new Constant(n);
  c.concretetype = { k: "Signed" };
  return c;
}

const typeOf = typeOfValue;

/** Variables, constants -> one register list per kind, in order (Void values dropped). */
function regLists(values: Value[]): [RegList, RegList, RegList] {
  const lists = { i: new RegList("i", []), r: new RegList("r", []), f: new RegList("f", []) };
  for (const v of values) {
    const k = kindOfValue(v);
    if (k) lists[k].items.push(v);
  }
  return [lists.i, lists.r, lists.f];
}

// a pure op that can fail (jsint_add past 2^53...) folds too: on constants it fails
// the same way at every run, and the metainterp ran it where the interpreter would
export function effectsOfOp(op: SpaceOperation): EffectInfo {
  const info = opInfo(op.opname);
  // a call through a vtable slot or a code pointer (method_call, indirect_call): its callee may read and write anything
  if (isCall(op.opname)) return { canRaise: !!info.canRaise, canCollect: !!info.canCollect, elidable: false, reads: "any", writes: "any" };
  const heap = heapEffects(op);
  return { canRaise: !!info.canRaise, canCollect: !!info.canCollect, elidable: !!info.pure, reads: heap.reads, writes: heap.writes };
}

export function transformOp(op: SpaceOperation, cx: TransformContext): Insn[] {
  const loc = op.loc;
  const resKind = parseSignature(opInfo(op.opname).sig).result === "void" ? null : kindOfValue(op.result);
  const res = resKind ? op.result : null;
  if (DROPPED.has(op.opname)) return [];
  if (COPIES.has(op.opname)) return resKind ? [insn(COPY_OF[resKind], [op.args[0]], res, loc)] : [];
  const native = NATIVE[op.opname];
  if (native) return [insn(native, op.args, res, loc)];
  switch (op.opname) {
    case "getfield": {
      if (!resKind) return [];
      const layout = (typeOf(op.args[0]) as { layout: ClassLayout }).layout;
      const field = (op.args[1] as Constant).value as string;
      const d = fieldDescr(cx, layout, field);
      const get = insn(`getfield_${resKind}`, [op.args[0], d], res, loc);
      // a quasi-immutable field: the metainterp folds it on a constant object, with a guard_not_invalidated resuming at the `live`
      const watcher = (d.descr as FieldDescr).quasiWatcher;
      if (watcher) return [insn("live", []), insn("record_quasiimmut_field", [op.args[0], d, new DescrRef(watcher)], null, loc), get];
      return [get];
    }
    case "setfield": {
      const k = kindOfValue(op.args[2]);
      if (!k) return [];
      const layout = (typeOf(op.args[0]) as { layout: ClassLayout }).layout;
      const field = (op.args[1] as Constant).value as string;
      return [insn(`setfield_${k}`, [op.args[0], fieldDescr(cx, layout, field), op.args[2]], null, loc)];
    }
    case "malloc": {
      const layout = (op.args[0] as Constant).value as ClassLayout;
      return [insn("new", [new DescrRef(cx.intern(`size:${layout.cname}`, () => ({ kind: "size", layout })))], res, loc)];
    }
    case "direct_call": {
      const fn = (op.args[0] as Constant).value as LLFunction;
      const [ii, rr, ff] = regLists(op.args.slice(1));
      const callee = cx.jitcodeOf(fn);
      if (callee) {
        const d = cx.intern(`jitcode:${callee.index}`, () => ({ kind: "jitcode", jitcode: callee }));
        return [insn(`inline_call_${kindSuffix(resKind)}`, [new DescrRef(d), ii, rr, ff], res, loc), insn("live", [])];
      }
      const d = cx.intern(`call:${fn.cname}`, () => callDescr(fn, op, cx.effects, cx.isElidable(fn)));
      return [insn(`residual_call_${kindSuffix(resKind)}`, [new DescrRef(d), ii, rr, ff], res, loc), insn("live", [])];
    }
    case "jit_marker":
      return jitMarker(op, cx);
    case "jit_promote": {
      // a guard on the value, then the (now constant) value itself
      const k = kindOfValue(op.args[0]);
      if (!k || !resKind) return [];
      const copy = insn(COPY_OF[resKind], [op.args[0]], res, loc);
      if (op.args[0] instanceof Constant) return [copy];
      return [insn("live", []), insn(`${KIND_NAME[k]}_guard_value`, [op.args[0]], null, loc), copy];
    }
    case "jit_we_are_jitted":
      // jitcodes run only while the JIT traces or resumes from compiled code (RPython's choice too)
      return resKind ? [insn("int_copy", [constantOf(1)], res, loc)] : [];
    case "jit_is_constant": {
      const k = kindOfValue(op.args[0]);
      if (!resKind) return [];
      if (!k || op.args[0] instanceof Constant) return [insn("int_copy", [constantOf(1)], res, loc)];
      return [insn(`${KIND_NAME[k]}_isconstant`, [op.args[0]], res, loc)];
    }
    case "unreachable": {
      const message = op.args.length > 0 ? String((op.args[0] as Constant).value) : "unreachable code reached (a value was expected from a call that never returns)";
      return [insn("unreachable", [new DescrRef({ kind: "fatal", message, where: formatLoc(op.loc) })], null, loc)];
    }
  }
  return genericOp(op, resKind, res, cx);
}

/** A direct call of a function marked lookInsideIff, or null. */
export function lookInsideIffOf(op: SpaceOperation, cx: TransformContext): { predicate: JitCode; callee: JitCode } | null {
  return op.opname === "direct_call" ? cx.lookInsideIff((op.args[0] as Constant).value as LLFunction) : null;
}

/**
 * A call of a lookInsideIff function (RPython's look_inside_iff wrapper,
 * here in the jitcode only): the predicate's jitcode runs on the arguments;
 * when true the function's jitcode is traced, else it is called.  A
 * predicate of isConstant() tests is constant while tracing, so its branch
 * leaves nothing in the trace.  `handler`: the exception handler's label,
 * for a call whose exception the block catches.
 */
export function lookInsideIffCall(op: SpaceOperation, iff: { predicate: JitCode; callee: JitCode }, labels: { residual: Label; done: Label; handler: Label | null }, cx: TransformContext): Insn[] {
  const fn = (op.args[0] as Constant).value as LLFunction;
  const loc = op.loc;
  const resKind = kindOfValue(op.result);
  const res = resKind ? op.result : null;
  const ok = new Variable("iff");
  ok.concretetype = { k: "Bool" };
  const jitcodeRef = (jc: JitCode): DescrRef => new DescrRef(cx.intern(`jitcode:${jc.index}`, () => ({ kind: "jitcode", jitcode: jc })));
  const call = (name: string, d: DescrRef, result: Variable | null): Insn[] => {
    const [ii, rr, ff] = regLists(op.args.slice(1));
    const out = [insn(name, [d, ii, rr, ff], result, loc), insn("live", [])];
    if (labels.handler) out.push(insn("catch_exception", [labels.handler]));
    return out;
  };
  const residual = new DescrRef(cx.intern(`call:${fn.cname}`, () => callDescr(fn, op, cx.effects, cx.isElidable(fn))));
  return [
    // the predicate: called by no one else, it throws nothing a handler should see
    insn("inline_call_i", [jitcodeRef(iff.predicate), ...regLists(op.args.slice(1))], ok, loc),
    insn("live", []),
    ...guarded(insn("goto_if_not", [ok, labels.residual])),
    ...call(`inline_call_${kindSuffix(resKind)}`, jitcodeRef(iff.callee), res),
    insn("goto", [labels.done]),
    insn("-label-", [labels.residual]),
    ...call(`residual_call_${kindSuffix(resKind)}`, residual, res),
    insn("-label-", [labels.done]),
  ];
}

function fieldDescr(cx: TransformContext, layout: ClassLayout, field: string): DescrRef {
  // a field belongs to the class that declares it: subclasses share its descr
  let owner = layout;
  while (owner.base && owner.base.fields.some((f) => f.name === field)) owner = owner.base;
  const type = owner.field(field).type;
  const desc = owner.cls.lookupField(field);
  const mark = desc ? cx.fieldMark(desc) : undefined;
  const immutable = !!desc && (desc.readonly || mark !== undefined);
  const vable = desc ? cx.vableMark(desc) : undefined;
  const quasi = mark?.quasi === true;
  // (a quasi-immutable field is not immutable: it changes, and the trace's heap cache sees it change)
  const watcher = quasi ? (fieldDescr(cx, owner, quasiWatcherField(field)).descr as FieldDescr) : undefined;
  return new DescrRef(
    cx.intern(`field:${owner.cname}.${field}`, () => ({
      kind: "field", layout: owner, field, type, immutable: immutable && !quasi, immutableItems: !!mark?.items, quasiWatcher: watcher, vable: vable !== undefined && !vable.items, vableItems: !!vable?.items,
    })),
  );
}

export function callDescr(fn: LLFunction, op: SpaceOperation, effects: Effects, elidable: boolean): CallDescr {
  const heap = effects.heapOf(fn.graph);
  const list = (s: ReadonlySet<string>): EffectInfo["reads"] => (s.has("*") ? "any" : [...s]);
  const canRaise = effects.canRaise(op);
  const writes = list(heap.writes);
  return { kind: "call", fn, argTypes: fn.argTypes, resultType: fn.resultType, effects: { canRaise, canCollect: effects.canCollect(op), elidable, reads: list(heap.reads), writes } };
}

/** A key naming a type exactly (classes by their C names: two modules' classes may share a name). */
function typeKey(t: LLType): string {
  switch (t.k) {
    case "List":
      return `List<${typeKey(t.item)}>`;
    case "Typed":
      return `Typed<${t.elem}>`;
    case "Map":
      return `Map<${typeKey(t.key)},${typeKey(t.value)},${t.isSet},${!!t.dict}>`;
    case "MapIter":
      return `MapIter<${typeKey(t.map)}>`;
    case "Inst":
      return `Inst<${t.layout.cname},${!!t.values}>`;
  }
  return t.k;
}

const META_IDS = new WeakMap<object, number>();
let nextMetaId = 0;
/** A meta operand's key: an object by identity, a primitive by value. */
function metaKey(v: unknown): string {
  if ((typeof v === "object" && v !== null) || typeof v === "function") {
    let n = META_IDS.get(v as object);
    if (n === undefined) META_IDS.set(v as object, (n = nextMetaId++));
    return `#${n}`;
  }
  return `${typeof v}:${String(v)}`;
}

/** What makes two ops run alike from a descr: the op, each operand's kind and type (a meta operand's value), the result's type. */
function opKey(op: SpaceOperation, argKinds: OpDescr["argKinds"]): string {
  const args = op.args.map((a, i) => (argKinds[i] === "meta" ? metaKey((a as Constant).value) : `${argKinds[i]}:${typeKey(typeOf(a))}`));
  return `op:${op.opname}(${args.join(",")})${typeKey(typeOf(op.result))}${op.opname === "indirect_call" ? "!" : ""}`;
}

/** An op run as itself: meta operands stay in the descr's template. */
function genericOp(op: SpaceOperation, resKind: Kind | null, res: Variable | null, cx: TransformContext): Insn[] {
  const sig = parseSignature(opInfo(op.opname).sig);
  const argKinds: OpDescr["argKinds"] = op.args.map((a, i) => ((i < sig.args.length ? sig.args[i] : sig.rest) === "meta" ? "meta" : (kindOf(typeOf(a)) ?? "void")));
  const values = op.args.filter((_, i) => argKinds[i] !== "meta" && argKinds[i] !== "void");
  const [ii, rr, ff] = regLists(values);
  const info = opInfo(op.opname);
  let d: OpDescr = { kind: "op", op, argKinds, argTypes: op.args.map(typeOf), resultType: typeOf(op.result), effects: effectsOfOp(op), canFail: !!info.canFail };
  // ops alike (the same op on operands of the same types and the same meta operands) share one descr: fewer
  // descrs, a smaller runtime table and dispatch code (a method call's inlining targets are its own)
  if (op.opname !== "method_call") d = cx.intern(opKey(op, argKinds), () => d) as OpDescr;
  const out = [insn(`op_${kindSuffix(resKind)}`, [new DescrRef(d), ii, rr, ff], res, op.loc)];
  if (info.canRaise) out.push(insn("live", []));
  if (op.opname === "method_call" && cx.methodTargets) {
    // RPython's guard_class: the receiver's class tested where the trace is recorded, the implementation's
    // jitcode inlined; the `live` before is where a failing class test resumes (the call, made as it is)
    const receiver = typeOf(op.args[1]);
    const targets = receiver.k === "Inst" ? cx.methodTargets((op.args[0] as Constant).value as MethodSlot, receiver.layout) : [];
    const inlined: { layout: ClassLayout; jitcode: JitCode }[] = [];
    for (const t of targets) {
      const jitcode = cx.jitcodeOf(t.fn);
      if (jitcode) inlined.push({ layout: t.layout, jitcode });
    }
    if (inlined.length > 0) {
      d.methodTargets = inlined;
      out.unshift(insn("live", []));
    }
  }
  if (op.opname === "indirect_call" && cx.indirectTargets) {
    // RPython's indirect call: the code pointer guarded where the trace is recorded, the callee's jitcode
    // inlined; the `live` before is where a failing guard resumes (the call, made as it is)
    d.indirect = true;
    out.unshift(insn("live", []));
  }
  return out;
}

/** The variables a jit_marker op (jitMergePoint, canEnterJit) names: name -> value. */
export function jitMarkerValues(op: SpaceOperation): Map<string, Value> {
  const names = String((op.args[2] as Constant).value).split(",");
  return new Map(names.map((n, i) => [n, op.args[3 + i]] as const));
}

function jitMarker(op: SpaceOperation, cx: TransformContext): Insn[] {
  const which = (op.args[0] as Constant).value as string;
  const driver = (op.args[1] as Constant).value as { greens: string[]; reds: string[] };
  const index = cx.driverIndex(driver);
  // (notAnEntry: the portal's next start resumes a run — the metainterp keeps such a frame's loops unrolled)
  if (which === "not_an_entry") return [insn("not_an_entry", [index], null, op.loc)];
  if (which === "can_enter_jit") return [insn("live", []), insn("loop_header", [index], null, op.loc)];
  const byName = jitMarkerValues(op);
  const greens = regLists(driver.greens.map((n) => byName.get(n)!));
  const reds = regLists(driver.reds.map((n) => byName.get(n)!));
  return [insn("live", []), insn("jit_merge_point", [index, ...greens, ...reds], null, op.loc)];
}

/** `live` then a guard-like instruction: the resume point is the instruction itself. */
export function guarded(i: Insn): Insn[] {
  return [insn("live", []), i];
}
