// The codewriter (RPython's codewriter/codewriter.py and call.py): finds the
// portals (the graphs with a jitMergePoint), decides which graphs the JIT
// looks inside, and turns each into a JitCode: jtransform + flatten ->
// register allocation -> assembly.  It reads the rtyped graphs after the
// program's optimizations and before the exception and GC transforms,
// changing them only to split portals and to mark writes of quasi-immutable
// fields (the C backend compiles the same graphs).
import { Constant, SpaceOperation, Variable, type FunctionGraph } from "../../flow/model.ts";
import { Signed, Void, ownInstancesLayout, typeName, type ClassLayout, type LLType, type MethodSlot } from "../../rtyper/lltypes.ts";
import { M, fillMessage } from "../../diagnostics/messages.ts";
import { RtsDiagnostic, RtsError } from "../../diagnostics/diagnostic.ts";
import type { LLFunction } from "../../rtyper/rtyper.ts";
import type { Effects } from "../../transforms/effects.ts";
import { Assembler } from "./assembler.ts";
import { flattenGraph } from "./flatten.ts";
import { JitCode, kindOf, type CallDescr, type Descr, type Kind, type OpDescr } from "./jitcode.ts";
import { callDescr, effectsOfOp, type MethodTarget, type TransformContext } from "./jtransform.ts";
import { allocateRegisters, liveBefore } from "./regalloc.ts";
import { uses, type Insn } from "./ssarepr.ts";
import { jitFieldMarks, jitLookInsideIff, jitMarks, jitVirtualizableFields, locKey, type FieldMark, type JitMarks } from "../marks.ts";
import type { FieldDesc, FunctionDesc } from "../../flow/descriptors.ts";
import type { Frontend } from "../../frontend/frontend.ts";
import { isMergePoint, splitPortals, type SplittableProgram } from "./portalsplit.ts";
import { insertQuasiImmutWrites } from "./quasiimmut.ts";

export interface Portal {
  /** The driver object (rts/jit JitDriver) and its index. */
  driver: { greens: string[]; reds: string[] };
  index: number;
  jitcode: JitCode;
}

/** What the codewriter hands to the JIT runtime. */
export interface JitProgram {
  jitcodes: JitCode[];
  descrs: Descr[];
  portals: Portal[];
}

export interface CodeWriterInput {
  graphs: readonly FunctionGraph[];
  /** The graph -> function map (the rtyper's). */
  functionOf(g: FunctionGraph): LLFunction;
  effects: Effects;
  /** The program's rts/jit marks (elidable, unrollSafe, dontLookInside). */
  marks?: JitMarks;
  /** The program's rts/jit immutableFields marks. */
  fieldMarks?: ReadonlyMap<FieldDesc, FieldMark>;
  /** The program's rts/jit virtualizable fields. */
  vableMarks?: ReadonlyMap<FieldDesc, FieldMark>;
  /** rts/jit lookInsideIff: a marked function's predicate (null: the function is not marked). */
  predicateOf?: (fn: LLFunction) => LLFunction | null;
  /** Every graph gets a jitcode and every direct call is inlined (the codewriter's whole-program test), not just what the JIT's policy picks. */
  everything?: boolean;
  /** A method call's receivers and implementations (`methodTargets` below); absent: method calls are not inlined. */
  methodTargets?: TransformContext["methodTargets"];
}

/**
 * Why the JIT does not look inside a function's graph (null: it does);
 * RPython's JitPolicy.  A portal's prologue (what runs before its merge
 * point: portalsplit.ts) is looked inside even with a loop, so a traced
 * call of the interpreter reaches the portal's call with the greens and
 * reds (a call_assembler); dontLookInside still keeps it residual.
 */
export function residualReason(fn: LLFunction, marks: JitMarks, prologue = false): string | null {
  const m = marks.get(locKey(fn.desc.loc));
  if (m?.has("dontLookInside")) return "dontLookInside";
  if (m?.has("elidable")) return "elidable: called, and folded when its arguments are constant";
  if (hasLoop(fn.graph) && !m?.has("unrollSafe") && !prologue) return "contains a loop (unrollSafe lets the JIT trace it)";
  return null;
}

/** A cycle among the graph's blocks (RPython's policy leaves loops to the compiled callee). */
export function hasLoop(g: FunctionGraph): boolean {
  const state = new Map<unknown, 1 | 2>();
  const stack: { b: FunctionGraph["startblock"]; i: number }[] = [{ b: g.startblock, i: 0 }];
  state.set(g.startblock, 1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.b.exits.length) {
      state.set(top.b, 2);
      stack.pop();
      continue;
    }
    const t = top.b.exits[top.i++].target;
    const s = state.get(t);
    if (s === 1) return true;
    if (s === undefined) {
      state.set(t, 1);
      stack.push({ b: t, i: 0 });
    }
  }
  return false;
}

export function writeJitCodes(input: CodeWriterInput): JitProgram {
  const asm = new Assembler();
  const marks: JitMarks = input.marks ?? new Map();
  const jitcodes: JitCode[] = [];
  const byGraph = new Map<FunctionGraph, JitCode | null>();
  const drivers = new Map<object, number>();
  const portals: Portal[] = [];
  const known = new Set(input.graphs);
  const interned = new Map<string, Descr>();
  const todo: JitCode[] = [];

  const jitcodeOfGraph = (g: FunctionGraph, force = false): JitCode | null => {
    let jc = byGraph.get(g);
    if (jc !== undefined && (jc !== null || !force)) return jc;
    jc = force || (known.has(g) && (input.everything || residualReason(input.functionOf(g), marks, isPrologue(g)) === null)) ? new JitCode(input.functionOf(g).desc.qualname, input.functionOf(g), jitcodes.length) : null;
    byGraph.set(g, jc);
    if (jc) {
      jitcodes.push(jc);
      todo.push(jc);
    }
    return jc;
  };
  // (the function a portal was split from: the same function's desc, another graph)
  const isPrologue = (g: FunctionGraph): boolean => portals.some((p) => p.jitcode.fn.graph !== g && p.jitcode.fn.desc === input.functionOf(g).desc);
  const cx: TransformContext = {
    // a call of a portal (a recursive interpreter's run() calling itself) stays residual: the callee runs through the
    // portal, with its own counting and its own compiled loops (runs of the JIT nest), instead of being inlined with
    // its loops unrolled into the caller's trace
    jitcodeOf: (fn) => (portals.some((p) => p.jitcode.fn === fn) ? null : jitcodeOfGraph(fn.graph)),
    driverIndex: (d) => drivers.get(d) ?? -1,
    effects: input.effects,
    isElidable: (fn) => marks.get(locKey(fn.desc.loc))?.has("elidable") ?? false,
    intern: (key, make) => interned.get(key) ?? interned.set(key, make()).get(key)!,
    fieldMark: (f) => input.fieldMarks?.get(f),
    vableMark: (f) => input.vableMarks?.get(f),
    methodTargets: input.methodTargets,
    lookInsideIff: (fn) => {
      const predicate = input.predicateOf?.(fn);
      // (RPython's look_inside_iff makes the function unroll-safe: its loops are traced when the predicate holds)
      return predicate ? { predicate: jitcodeOfGraph(predicate.graph, true)!, callee: jitcodeOfGraph(fn.graph, true)! } : null;
    },
  };
  // the portals, in the order of the graphs
  for (const g of input.graphs) {
    for (const [, op] of g.operations()) {
      if (!isMergePoint(op)) continue;
      const driver = (op.args[1] as Constant).value as Portal["driver"];
      if (drivers.has(driver)) continue;
      drivers.set(driver, drivers.size);
      portals.push({ driver, index: drivers.size - 1, jitcode: jitcodeOfGraph(g, true)! });
    }
  }
  if (input.everything) for (const g of input.graphs) jitcodeOfGraph(g, true);
  // the functions a closure value may run (an indirect_call's possible targets) that the JIT looks inside:
  // each gets a call descr that names its jitcode, the metainterp's map from a code address to what to inline
  const indirect: JitCode[] = [];
  for (const g of input.graphs) {
    const fn = input.functionOf(g);
    if (fn.desc.envClass === null || portals.some((p) => p.jitcode.fn === fn)) continue;
    const jc = jitcodeOfGraph(g);
    if (jc) indirect.push(jc);
  }
  cx.indirectTargets = indirect.length > 0;
  const errors: RtsDiagnostic[] = [];
  while (todo.length > 0) {
    const jc = todo.shift()!;
    const g = jc.fn.graph;
    const code = flattenGraph(g, cx);
    if (portals.some((p) => p.jitcode === jc)) errors.push(...checkMergePoints(code));
    const alloc = allocateRegisters(code, g.startblock.inputargs);
    asm.assemble(jc, code, alloc);
  }
  if (errors.length > 0) throw new RtsError(errors);
  for (const jc of indirect) {
    const result = new Variable("r");
    result.concretetype = jc.fn.resultType;
    const call = new SpaceOperation("direct_call", [new Constant(jc.fn)], result, null);
    const d = cx.intern(`call:${jc.fn.cname}`, () => callDescr(jc.fn, call, input.effects, cx.isElidable(jc.fn)));
    (d as CallDescr).indirectJitcode = jc;
    asm.descrNumber(d);
  }
  addFilledLists(asm);
  addListStores(asm);
  addListLengths(asm);
  addMethodTests(asm);
  return { jitcodes, descrs: asm.descrs, portals };
}

/**
 * Each op that makes a list (list_new, list_new_filled) gets a list_setitem
 * descr of its list type: the optimizer keeps a list of a constant length
 * virtual, and makes it for real — in the trace, or when a guard fails —
 * as that op with placeholder items, then its items written with it.
 */
function addListStores(asm: Assembler): void {
  perListType(asm, ["list_new", "list_new_filled"], (d, n) => (d.setDescr = n), (listType, kind, loc) => {
    const op = new SpaceOperation("list_setitem", [typed("list", listType), typed("i", Signed), typed("x", listType.item)], typed("_", Void), loc);
    return { kind: "op", op, argKinds: ["r", "i", kind], argTypes: [listType, Signed, listType.item], resultType: Void, effects: effectsOfOp(op), canFail: true };
  });
}

/**
 * Each list_new op gets a list_new_filled descr of its list type: a virtual
 * list whose length changed (items pushed or popped: list_store,
 * list_set_len) is made for real, or again when a guard fails, by that op
 * and a list_setitem per item — list_new's own op makes as many items as
 * it was written with.
 */
function addFilledLists(asm: Assembler): void {
  perListType(asm, ["list_new"], (d, n) => (d.filledDescr = n), (listType, kind, loc, d) => {
    const op = new SpaceOperation("list_new_filled", [d.op.args[0], typed("n", Signed), typed("fill", listType.item)], typed("list", listType), loc);
    return { kind: "op", op, argKinds: ["meta", "i", kind], argTypes: [Void, Signed, listType.item], resultType: listType, effects: effectsOfOp(op), canFail: false };
  });
}

/** For each op descr named in `ops` that makes a list: one descr per list type (`make`), its number given to the op's (`give`). */
function perListType(
  asm: Assembler,
  ops: string[],
  give: (d: OpDescr, n: number) => void,
  make: (listType: Extract<LLType, { k: "List" }>, kind: Kind, loc: SpaceOperation["loc"], d: OpDescr) => Descr,
): void {
  const byType = new Map<string, number>();
  for (const d of asm.descrs.slice(0)) {
    if (d.kind !== "op" || !ops.includes(d.op.opname)) continue;
    const listType = d.resultType;
    if (listType.k !== "List") continue;
    const kind = kindOf(listType.item);
    if (kind === null) continue;
    const key = typeName(listType);
    let n = byType.get(key);
    if (n === undefined) {
      n = asm.descrNumber(make(listType, kind, d.op.loc, d));
      byType.set(key, n);
    }
    give(d, n);
  }
}

function typed(hint: string, t: LLType): Variable {
  const v = new Variable(hint);
  v.concretetype = t;
  return v;
}

/** Each list read and write gets a list_len descr of its list type: with it the optimizer checks a trace's indexes once, at its start. */
function addListLengths(asm: Assembler): void {
  const byType = new Map<unknown, number>();
  for (const d of asm.descrs.slice(0)) {
    if (d.kind !== "op" || (d.op.opname !== "list_getitem" && d.op.opname !== "list_setitem")) continue;
    const listType = d.argTypes[0];
    let n = byType.get(listType);
    if (n === undefined) {
      const result = new Variable("len");
      result.concretetype = Signed;
      const op = new SpaceOperation("list_len", [d.op.args[0]], result, d.op.loc);
      const len: Descr = {
        kind: "op",
        op,
        argKinds: ["r"],
        argTypes: [listType],
        resultType: Signed,
        effects: { canRaise: false, canCollect: false, elidable: false, reads: ["list"], writes: [] },
        canFail: false,
      };
      n = asm.descrNumber(len);
      byType.set(listType, n);
    }
    d.lenDescr = n;
  }
}

/** Each devirtualizable method call gets an instanceof descr per target class (the class test the metainterp records). */
function addMethodTests(asm: Assembler): void {
  const byLayout = new Map<ClassLayout, number>();
  for (const d of asm.descrs.slice(0)) {
    if (d.kind !== "op" || !d.methodTargets) continue;
    d.methodTests = d.methodTargets.map(({ layout }) => {
      let n = byLayout.get(layout);
      if (n === undefined) {
        const result = new Variable("isa");
        result.concretetype = { k: "Bool" };
        const cls = new Constant(layout);
        const op = new SpaceOperation("instanceof", [d.op.args[1], cls], result, d.op.loc);
        // (pure — an object's class never changes: the optimizer folds it on a constant and computes it once per box)
        const test: Descr = { kind: "op", op, argKinds: ["r", "meta"], argTypes: [d.argTypes[1], { k: "Void" }], resultType: { k: "Bool" }, effects: { canRaise: false, canCollect: false, elidable: true, reads: [], writes: [] }, canFail: false };
        n = asm.descrNumber(test);
        byLayout.set(layout, n);
      }
      return n;
    });
  }
}

/**
 * A method slot's implementations over the subtree of `receiver`'s class:
 * the biggest subtrees whose classes all run one implementation, and for a
 * class whose subclasses differ, its own instances (an exact class test,
 * RPython's guard_class: the Python interpreter's `int` objects run
 * PyInt.getType, its `bool` ones PyBool's).
 */
export function methodTargets(layouts: Iterable<ClassLayout>, functionOf: (f: FunctionDesc) => LLFunction, slot: MethodSlot, receiver: ClassLayout): MethodTarget[] {
  const inTree = [...layouts].filter((l) => l.tid >= receiver.tid && l.tid <= receiver.tidMax);
  const children = new Map<ClassLayout, ClassLayout[]>();
  for (const l of inTree) if (l.base && l !== receiver) (children.get(l.base) ?? children.set(l.base, []).get(l.base)!).push(l);
  const out: MethodTarget[] = [];
  const visit = (l: ClassLayout): void => {
    const impl = l.vtable[slot.index] ?? null;
    const uniform = impl !== null && inTree.every((m) => m.tid < l.tid || m.tid > l.tidMax || m.vtable[slot.index] === impl);
    if (uniform) {
      out.push({ layout: l, fn: functionOf(impl) });
      return;
    }
    if (impl !== null) out.push({ layout: ownInstancesLayout(l), fn: functionOf(impl) });
    for (const c of children.get(l) ?? []) visit(c);
  };
  visit(receiver);
  return out;
}

/** Every variable live at a merge point is one of its greens or reds (RPython checks the same). */
function checkMergePoints(code: Insn[]): RtsDiagnostic[] {
  const out: RtsDiagnostic[] = [];
  const live = liveBefore(code, uses, (i) => i.result);
  code.forEach((i, n) => {
    if (i.name !== "jit_merge_point") return;
    const named = new Set(uses(i));
    const others = [...live[n]].filter((v) => !named.has(v)).map((v) => v.hint.replace(/@.*$/, ""));
    if (others.length === 0) return;
    const names = [...new Set(others)].sort();
    const list = names.join(", ");
    const m = M.jitLiveNotNamed;
    out.push(new RtsDiagnostic(m.code, fillMessage(m, [list, names.length === 1 ? "is" : "are", list]), i.loc, fillMessage({ ...m, text: m.hint! }, [list, "", names.length === 1 ? list : `them`])));
  });
  return out;
}

/**
 * The codewriter on a program whose transforms ran up to the exception
 * transform (the `transformed` hook's "stackcheck"): each portal is split
 * at its merge point first (portalsplit.ts; the program gets the new
 * graphs), then `effects` is made of the graphs by `effectsOf`.
 */
export function writeProgramJitCodes(p: SplittableProgram & { frontend: Frontend }, effectsOf: (graphs: readonly FunctionGraph[]) => Effects, everything = false): JitProgram {
  splitPortals(p);
  const fieldMarks = jitFieldMarks(p.frontend);
  insertQuasiImmutWrites(p.graphs, fieldMarks);
  const effects = effectsOf(p.graphs);
  // lookInsideIff predicates: the annotator annotated each (with the arguments of the marked function's calls)
  const predicates = jitLookInsideIff(p.frontend);
  const byDesc = new Map([...p.rtyper.functions.values()].map((f) => [f.desc, f] as const));
  const predicateOf = (fn: LLFunction): LLFunction | null => {
    const desc = predicates.get(locKey(fn.desc.loc));
    return desc ? (byDesc.get(desc) ?? null) : null;
  };
  const rt = p.rtyper;
  const targets = new Map<string, MethodTarget[]>();
  const methodTargetsOf = (slot: MethodSlot, receiver: ClassLayout): MethodTarget[] => {
    const key = `${slot.index}:${receiver.tid}`;
    return targets.get(key) ?? targets.set(key, methodTargets(rt.layouts.values(), (f) => rt.llfunction(f), slot, receiver)).get(key)!;
  };
  return writeJitCodes({
    graphs: p.graphs, functionOf: (g) => rt.functions.get(g)!, effects, everything, marks: jitMarks(p.frontend), fieldMarks, vableMarks: jitVirtualizableFields(p.frontend), predicateOf,
    methodTargets: methodTargetsOf,
  });
}
