// The RTyper (RPython's rtyper/rtyper.py): picks a low-level type for every
// annotation, lays out classes (fields, type-id ranges, vtables), and
// rewrites every annotated graph in place into low-level operations
// (lower.ts), inserting conversions where a value meets a more general
// type (int into float, null into a pointer).
import { createHash } from "node:crypto";
import { sourceRank } from "../cli/rlib-paths.ts";
import { TID } from "./typetable.ts";
import { Block, CAN_RAISE, Constant, Link, SpaceOperation, Variable, type FunctionGraph, type SourceLoc, type Value } from "../flow/model.ts";
import type { Annotator } from "../annotator/annotator.ts";
import { SomeFunction, SomeInstance, SomeList, SomeMap, SomeMapIter, SomeTyped, SomeValue, mayBeBoxed, s_impossible } from "../annotator/model.ts";
import { FieldDesc, isBoxable, type ClassDesc, type FunctionDesc } from "../flow/descriptors.ts";
import { jitFieldMarks } from "../jit/marks.ts";
import { Bool, ClassLayout, Float, NullPtr, Signed, Str, Void, isOpt, isPtr, optionalOf, plainOf, quasiWatcherField, sameType, typeName, type LLType, type MethodSlot } from "./lltypes.ts";
import { isGeneric } from "../annotator/signatures.ts";
import { lowerOperation } from "./lower.ts";
import { PrebuiltObjects } from "./prebuilt.ts";
import { metaConstant, typeOfValue, zeroOf } from "./values.ts";
import { opSignature } from "../ops/signatures.ts";
import { boxKindOfType, boxValue } from "./lower-values.ts";

export const FIRST_CLASS_TID = TID.FIRST_CLASS; // RTS_TID_FIRST_CLASS in the C runtime's rts.h

export interface LLFunction {
  graph: FunctionGraph;
  desc: FunctionDesc;
  cname: string;
  argTypes: LLType[];
  resultType: LLType;
  /** Its graph was made for this program (the JIT's dispatch functions): its C differs from one program to the next. */
  perProgram?: boolean;
  /**
   * The JIT runtime's function the interpreter calls on its hot paths (at
   * every dispatch, call, back edge): its C goes with the program's, where
   * the C compiler can inline it, not in the runtime's own units.
   */
  withInterpreter?: boolean;
  /**
   * Tiny, and called at every instruction the interpreter dispatches (the
   * JIT's hooks): inlined even into a huge dispatch function, past the C
   * compiler's growth limits, where it is in the caller's unit.
   */
  hot?: boolean;
}

export class RTyper {
  readonly layouts = new Map<ClassDesc, ClassLayout>();
  readonly slots = new Map<string, MethodSlot>();
  readonly functions = new Map<FunctionGraph, LLFunction>();
  readonly functionsByDesc = new Map<FunctionDesc, LLFunction>();
  private nameCount = new Map<string, number>();

  /** Objects built by module-level code, in their low-level form (prebuilt.ts). */
  readonly prebuilt: PrebuiltObjects = new PrebuiltObjects(this);

  constructor(readonly an: Annotator) {}

  uniqueName(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_]/g, "_");
    // a suffixed name may itself be a base (f_lookup twice, then a specialized copy named lookup_1)
    let n = this.nameCount.get(clean) ?? 0;
    let name = n === 0 ? clean : `${clean}_${n}`;
    while (this.namesGiven.has(name)) name = `${clean}_${++n}`;
    this.nameCount.set(clean, n + 1);
    this.namesGiven.add(name);
    return name;
  }
  private namesGiven = new Set<string>();

  // ---- types ------------------------------------------------------------------------
  lltype(a: SomeValue | undefined): LLType {
    if (!a) return Signed;
    const t = this.plainType(a);
    return a.maybeNullish ? optionalOf(t) : t;
  }

  private plainType(a: SomeValue): LLType {
    switch (a.kind) {
      case "int":
      case "impossible":
        return Signed;
      case "float":
        return Float;
      case "bool":
        return Bool;
      case "none":
        return NullPtr;
      case "jitdriver":
        return Void;
      case "str":
        return Str;
    }
    if (a instanceof SomeInstance) return mayBeBoxed(a) ? { k: "Inst", layout: this.layoutOf(a.cls), values: true } : { k: "Inst", layout: this.layoutOf(a.cls) };
    if (a instanceof SomeFunction) return { k: "Inst", layout: this.layoutOf(this.an.fe.closureRoot) };
    if (a instanceof SomeList) return { k: "List", item: this.itemType(a.def.item) };
    if (a instanceof SomeTyped) return { k: "Typed", elem: a.elem };
    if (a instanceof SomeMapIter) return { k: "MapIter", map: this.lltype(a.map) };
    if (a instanceof SomeMap) {
      const d = a.def;
      const t: LLType = { k: "Map", key: d.keyKind === "str" ? Str : d.keyKind === "ref" ? this.itemType(d.key) : Signed, value: d.isSet ? Signed : this.itemType(d.value), isSet: d.isSet };
      // (an object used as a map prints and serializes as an object)
      return d.dict ? { ...t, dict: true } : t;
    }
    throw new Error(`internal: no low-level type for ${a.describe()}`);
  }

  /** Container items: `impossible` (never stored) and `none` still need a slot type. */
  itemType(a: SomeValue): LLType {
    return a.kind === "impossible" ? Signed : this.lltype(a);
  }

  // ---- classes ------------------------------------------------------------------------
  layoutOf(cls: ClassDesc): ClassLayout {
    const l = this.layouts.get(cls);
    if (!l) throw new Error(`internal: class ${cls.name} has no layout`);
    return l;
  }

  /** Lays out every class: preorder type ids (so instanceof is a range test), fields, vtables. */
  private layoutClasses(): void {
    // (the object root first: under it, the JIT runtime's classes get the same type ids in every program; the closure root's follow the program's classes)
    const objectRoot = this.an.fe.objectRoot;
    const ranks = new Map<ClassDesc, [number, number]>();
    const roots = [objectRoot, ...stableOrder(this.an.fe.allClasses.filter((c) => !c.base && c !== objectRoot), ranks)];
    let tid = FIRST_CLASS_TID;
    const visit = (cls: ClassDesc, base: ClassLayout | null): void => {
      const l = new ClassLayout(cls, base, this.uniqueName(cls.name));
      this.layouts.set(cls, l);
      l.tid = tid++;
      // thrown plain classes under Error come last, past its range: `instanceof Error` is false for them
      const subclasses = stableOrder(cls.subclasses, ranks);
      const plain = subclasses.filter((s) => s.thrownPlain);
      for (const s of subclasses) if (!s.thrownPlain) visit(s, l);
      l.tidMax = tid - 1;
      for (const s of plain) visit(s, l);
    };
    for (const r of roots) visit(r, null);
    // the stable prefix: the object root, the JIT runtime's classes, the closure root and the runtime's closures (stableOrder)
    const byTid = [...this.layouts.values()].sort((a, b) => a.tid - b.tid);
    const fe = this.an.fe;
    const runtime = (l: ClassLayout): boolean => sourceRank(sourceOf(l.cls)?.file ?? "") === 0;
    const sameEverywhere = (l: ClassLayout): boolean => runtime(l) || l.cls === fe.objectRoot || l.cls === fe.closureRoot;
    const firstUnstable = byTid.find((l) => !sameEverywhere(l))?.tid ?? Infinity;
    for (const l of byTid) {
      l.stableTid = l.tid < firstUnstable && sameEverywhere(l);
      l.stableTidMax = l.tidMax < firstUnstable && runtime(l);
    }
    // fields need every layout to exist (a field may point to any class)
    const marks = jitFieldMarks(fe);
    const fill = (cls: ClassDesc): void => {
      const l = this.layoutOf(cls);
      if (l.base) l.fields.push(...l.base.fields);
      for (const f of cls.fields.values()) {
        const slot = this.an.fields.get(f);
        l.fields.push({ desc: f, name: f.name, type: this.itemType(slot?.ann ?? s_impossible) });
        // a quasi-immutable field's watcher number (0 in a program translated without the JIT: nothing watches)
        if (marks.get(f)?.quasi) l.fields.push({ desc: new FieldDesc(quasiWatcherField(f.name), cls, null, null, f.loc), name: quasiWatcherField(f.name), type: Signed });
      }
      for (const s of cls.subclasses) fill(s);
    };
    for (const r of roots) fill(r);
  }

  /** The vtable slot of a method family, or null when one implementation makes it a direct call. */
  slotFor(recv: SomeInstance, name: string): MethodSlot | null {
    const families = this.an.methods;
    const family = families.family(recv, name);
    if (family.length <= 1) return null;
    const owner = families.owner(recv, name);
    const root = this.layoutOf(owner).root;
    const key = families.key(recv, name);
    let slot = this.slots.get(key);
    if (!slot) {
      const f0 = this.llfunction(family[0]);
      // the first index free in every class the family dispatches on: vtables
      // stay dense although all classes share one root
      const classes = families.classes(recv, name);
      let index = 0;
      for (const c of classes) index = Math.max(index, this.layoutOf(c).vtable.length);
      slot = { root, index, name, argTypes: f0.argTypes.slice(1), resultType: f0.resultType };
      this.slots.set(key, slot);
      const members = new Set(family);
      for (const c of classes) {
        const lay = this.layoutOf(c);
        while (lay.vtable.length <= index) lay.vtable.push(null);
        const impl = c.lookupMethod(name);
        if (impl && members.has(impl)) lay.vtable[index] = impl;
      }
    }
    return slot;
  }

  // ---- graphs --------------------------------------------------------------------------
  llfunction(desc: FunctionDesc): LLFunction {
    const known = this.functionsByDesc.get(desc);
    if (known) return known;
    const g = desc.graph!;
    const argTypes = g.startblock.inputargs.map((v) => this.lltype(v.annotation as SomeValue));
    const resultType = this.lltype(g.returnblock.inputargs[0].annotation as SomeValue);
    const asked = this.functionName(desc, argTypes, resultType);
    const f: LLFunction = { graph: g, desc, cname: this.uniqueName(asked), argTypes, resultType };
    this.askedNames.set(f, asked);
    this.functions.set(g, f);
    this.functionsByDesc.set(desc, f);
    return f;
  }

  /**
   * A function's C name: its own, and for a copy of a generic function (and
   * for the toolkit's rts/rlib helpers, which get copies) its types' hash
   * (not the order in which the copies were made, which changes with the
   * rest of the program: a function's C stays the same, and so its object
   * file in the C compiler's cache).
   */
  private functionName(desc: FunctionDesc, argTypes: LLType[], resultType: LLType): string {
    if (desc.specializedFrom) return this.copyName(desc.specializedFrom, argTypes, resultType);
    // (rts/rlib's functions too: the first use of a helper is its original, later ones get copies — which one is the original changes with the program)
    return sourceRank(desc.loc?.file ?? "") === 1 ? this.copyName(desc, argTypes, resultType) : `f_${desc.qualname}`;
  }

  private copyName(generic: FunctionDesc, argTypes: LLType[], resultType: LLType): string {
    const where = generic.loc ? `${generic.loc.file.split("/").pop()}:${generic.loc.line}:${generic.loc.col}` : "";
    const hash = createHash("sha256").update([where, ...argTypes.map(typeName), typeName(resultType)].join("\0")).digest("hex");
    return `f_${generic.qualname}_${hash.slice(0, 6)}`;
  }

  /**
   * A function made from a low-level graph after rtyping (the JIT's portal
   * split): of `like`'s desc and result type, named after it.  The caller
   * adds the graph to the program's.
   */
  addFunction(graph: FunctionGraph, like: LLFunction, suffix: string): LLFunction {
    const f: LLFunction = { graph, desc: like.desc, cname: this.uniqueName(`${like.cname}_${suffix}`), argTypes: graph.startblock.inputargs.map((v) => v.concretetype as LLType), resultType: like.resultType };
    this.functions.set(graph, f);
    return f;
  }

  private helpers = new Map<string, LLFunction>();

  /**
   * A helper written in RTS (RPython's ll helpers: rts/rlib/lists...) for
   * arguments of these annotations, annotated and rtyped on first use
   * (Annotator.annotateHelper): one per low-level signature.  Its graphs
   * join the program's, so they are rtyped by specialize()'s loop, inlined,
   * analysed and emitted like the program's own.
   */
  helper(name: string, args: SomeValue[], module = "rts/rlib/lists"): LLFunction {
    // (a list's items may be null or not at the same low-level type: a helper annotated for non-null items would not test them)
    const key = `${module}:${name}(${args.map((a) => typeName(this.lltype(a)) + (a instanceof SomeList ? `<${a.def.item.describe()}>` : "")).join(",")})`;
    const known = this.helpers.get(key);
    if (known) return known;
    if (this.specialized) throw new Error(`internal: helper ${key} asked for after the rtyper finished (its graphs would stay high-level)`);
    const generic = this.an.fe.arrayHelper(name, module);
    const before = this.an.graphs.length;
    const desc = this.an.annotateHelper(isGeneric(generic) ? this.an.specialize(generic, args) : generic, args);
    for (const g of this.an.graphs.slice(before)) this.llfunction(g.func as FunctionDesc);
    const f = this.llfunction(desc);
    this.helpers.set(key, f);
    return f;
  }

  specialize(): void {
    this.layoutClasses();
    for (const g of this.an.graphs) this.llfunction(g.func as FunctionDesc);
    // (a for-of over the array also visits the graphs of helpers added meanwhile)
    for (const g of this.an.graphs) this.specializeGraph(g);
    this.specialized = true;
  }

  private namesSettled = false;

  /** The name each function asked uniqueName for (its own, or its generic's with its types' hash). */
  private readonly askedNames = new Map<LLFunction, string>();

  /**
   * Functions that asked for the same name (copies of a generic function
   * with the same low-level types: rts/rlib's map lookup for the JIT
   * runtime's Map<string, number> and for the program's) got `_1`, `_2`...
   * in the order the rtyper met them, which changes with the program.  The
   * names go again by who calls them: the JIT runtime's first (sourceRank),
   * so its C is the same in every program.  Run by the C backend on the
   * final graphs (what inlining left the runtime's functions calling).
   */
  settleNameClashes(): void {
    // (once: a lowering built for two targets keeps the names of the first build)
    if (this.namesSettled) return;
    this.namesSettled = true;
    const clashes = new Map<string, LLFunction[]>();
    for (const [f, asked] of this.askedNames) {
      const same = clashes.get(asked);
      if (same) same.push(f);
      else clashes.set(asked, [f]);
    }
    const groups = [...clashes.values()].filter((fs) => fs.length > 1);
    if (groups.length === 0) return;
    // the JIT runtime's function (by name) that calls each directly: the runtime's C names only those
    const runtimeCaller = new Map<LLFunction, string>();
    for (const f of this.functions.values()) {
      if (sourceRank(f.desc.loc?.file ?? "") !== 0) continue;
      for (const [, op] of f.graph.operations()) {
        if (op.opname !== "direct_call") continue;
        const callee = (op.args[0] as Constant).value as LLFunction;
        const known = runtimeCaller.get(callee);
        if (known === undefined || f.cname < known) runtimeCaller.set(callee, f.cname);
      }
    }
    const key = (f: LLFunction): string => runtimeCaller.get(f) ?? "\uffff";
    for (const fs of groups) {
      const names = fs.map((f) => f.cname).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      // (a stable sort: the others in the order the rtyper met them)
      const ordered = [...fs].sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? -1 : 1));
      ordered.forEach((f, i) => (f.cname = names[i]));
    }
  }

  /** specialize() is done: every graph is low-level. */
  private specialized = false;

  private specializeGraph(g: FunctionGraph): void {
    for (const b of [...g.blocks(), g.returnblock, g.exceptblock]) {
      for (const v of b.inputargs) v.concretetype = this.lltype(v.annotation as SomeValue);
    }
    g.exceptblock.inputargs[0].concretetype = { k: "Inst", layout: this.layoutOf(this.an.fe.builtinClasses.get("Error")!) };
    for (const b of g.blocks()) {
      const ops = b.operations;
      const out: SpaceOperation[] = [];
      for (const op of ops) {
        try {
          lowerOperation(this, op, new LLBuilder(this, out, op));
        } catch (e) {
          // an internal error names the operation it met (the program's place), for the report
          if (e instanceof Error && e.message.startsWith("internal:") && !e.message.includes(" (at ") && op.loc) e.message += ` (at ${op.loc.file}:${op.loc.line}:${op.loc.col}, ${op.opname})`;
          throw e;
        }
      }
      b.operations = out;
      for (const l of [...b.exits]) this.convertLink(b, l);
    }
  }

  /**
   * Link arguments must have the target's type: convert in the block, or on
   * a new block for raising blocks and for narrowings (their check belongs
   * to the branch, after the test).
   */
  private convertLink(b: Block, l: Link): void {
    const kinds = l.args.map((a, i) => {
      if (!(a instanceof Variable) || a === l.excValue) return null;
      const from = typeOfValue(a);
      const to = l.target.inputargs[i].concretetype as LLType;
      if (isOpt(from) && !isOpt(to) && !isPtr(to)) return "narrow";
      return conversionOp(from, to) !== null ? "convert" : null;
    });
    const narrows = b.exitswitch !== null && kinds.includes("narrow");
    if ((kinds.includes("convert") && b.exitswitch === CAN_RAISE) || narrows) {
      // convert on a block in between
      const mid = new Block(l.args.map((a) => {
        const v = new Variable("c");
        v.concretetype = a === l.excValue ? l.target.inputargs[l.args.indexOf(a)].concretetype : typeOfValue(a);
        return v;
      }));
      mid.closeWith([new Link([...mid.inputargs], l.target, null)]);
      l.target = mid;
      this.convertLink(mid, mid.exits[0]);
      return;
    }
    l.args = l.args.map((a, i) => {
      const target = l.target.inputargs[i];
      if (a === l.excValue) {
        a.concretetype = target.concretetype;
        return a;
      }
      return this.convertValue(a, target.concretetype as LLType, (op) => {
        op.loc ??= b.operations.at(-1)?.loc ?? null; // a narrowing check names the test it follows
        b.operations.push(op);
      });
    });
  }

  /** Returns `v` converted to `to`, emitting an op through `emit` when needed. */
  convertValue(v: Value, to: LLType, emit: (op: SpaceOperation) => void): Value {
    const from = typeOfValue(v);
    if (v instanceof Constant) return this.convertConstant(v, to);
    // a primitive where a value union goes: boxed (rts/rlib/values)
    if (to.k === "Inst" && to.values && boxKindOfType(from) && (v.annotation as SomeValue | undefined)?.kind !== "impossible") return boxValue(this, v, from, emit);
    if (sameType(from, to) || (isPtr(from) && isPtr(to))) return v;
    // a value the annotator proved never exists (an omitted optional argument): any value of the type will do
    // (a variable the rtyper made has no annotation: it exists, and is converted)
    const a = v.annotation as SomeValue | undefined;
    if (a?.kind === "impossible") return zeroOf(to);
    if (isOpt(from) && !isOpt(to) && !isPtr(to)) {
      // a link the annotator proved carries no null/undefined (the branch of an
      // `x !== undefined` test): the plain value, checked all the same
      const plain = new Variable("n");
      plain.concretetype = plainOf(from);
      emit(new SpaceOperation("opt_narrow", [v], plain));
      return this.convertValue(plain, to, emit);
    }
    const name = conversionOp(from, to);
    if (name === null) {
      if (optionalOf(from) === to || to.k === "Void" || from.k === "Void") return v;
      throw new Error(`internal: cannot convert ${from.k} to ${to.k}`);
    }
    const r = new Variable("c");
    r.concretetype = to;
    emit(new SpaceOperation(name, [v], r));
    return r;
  }

  convertConstant(c: Constant, to: LLType): Constant {
    const x = c.value;
    // a primitive constant where a value union goes: a prebuilt box
    const n = new Constant(to.k === "Inst" && to.values && isBoxable(x) ? this.an.fe.boxOf(x) : x);
    n.annotation = c.annotation;
    n.concretetype = to;
    return n;
  }
}

/**
 * The operation converting a value of type `from` to `to`, or null when the
 * value stays as it is (a primitive into its optional form keeps its value:
 * the sentinels of undefined and null are values no primitive has).
 */
export function conversionOp(from: LLType, to: LLType): string | null {
  if (to.k === "Inst" && to.values && boxKindOfType(from)) return "box"; // (several operations: lower-values.ts)
  if (sameType(from, to) || (isPtr(from) && isPtr(to))) return null;
  if (from.k === "Bool" && to.k === "OptBool") return "bool_to_optbool";
  if (from.k === "Signed" && (to.k === "Float" || to.k === "OptFloat")) return "cast_int_to_float";
  if (from.k === "OptSigned" && to.k === "OptFloat") return "optint_to_optfloat";
  if (from.k === "NullPtr" && isOpt(to)) return "none_to_opt";
  return null;
}

/** Emits the low-level operations replacing one high-level operation. */
/** A low-level Bool constant. */
export function boolConstant(b: boolean): Constant {
  const c = new Constant(b);
  c.concretetype = Bool;
  return c;
}

export class LLBuilder {
  constructor(
    readonly rt: RTyper,
    private out: SpaceOperation[],
    readonly hl: SpaceOperation,
  ) {}

  genop(name: string, args0: Value[], type: LLType, result?: Variable): Variable {
    const r = result ?? new Variable("t");
    r.concretetype = type;
    // an operand that may be undefined where the operation takes a plain int, float or bool is checked first
    // (a fatal error when it is undefined), whichever lowering made the operation
    const args = args0.map((v, i) => this.plainOperand(name, i, v));
    this.out.push(new SpaceOperation(name, args, r, this.hl.loc));
    return r;
  }

  private plainOperand(op: string, i: number, v: Value): Value {
    if (!(v instanceof Variable) || v.concretetype === undefined) return v;
    const t = v.concretetype as LLType;
    if (!isOpt(t) || t.k === "NullPtr") return v;
    const sig = opSignature(op);
    const kind = i < sig.args.length ? sig.args[i] : sig.rest;
    const plain = kind === "int" ? Signed : kind === "float" ? Float : kind === "bool" ? Bool : null;
    if (plain === null || !sameType(plainOf(t), plain)) return v;
    return this.convert(v, plain);
  }

  /** The final op of a lowering writes the high-level op's own result variable. */
  finish(name: string, args: Value[]): Variable {
    return this.genop(name, args, this.hl.result.concretetype as LLType ?? this.rt.lltype(this.hl.result.annotation as SomeValue), this.hl.result);
  }

  /** Makes `v` the high-level result (a copy, folded away later). */
  result(v: Value): void {
    this.finish("same_as", [v]);
  }

  convert(v: Value, to: LLType): Value {
    return this.rt.convertValue(v, to, (op) => {
      op.loc = this.hl.loc;
      this.out.push(op);
    });
  }

  meta(x: unknown): Constant {
    return metaConstant(x);
  }

  int(n: number): Constant {
    const c = new Constant(n);
    c.concretetype = Signed;
    return c;
  }

  bool(b: boolean): Constant {
    return boolConstant(b);
  }

  get resultType(): LLType {
    return this.rt.lltype(this.hl.result.annotation as SomeValue);
  }
}

/**
 * Classes in the order they get type ids and C names: the JIT runtime's and
 * its backends' first (the same in every program translated with --jit, so
 * their functions' C — type ids are constants in it — is the same, and the
 * C compiler's cache serves it), then the rest of the toolkit's, then the
 * program's.  Siblings go by the lowest and then the highest sourceRank in
 * their subtrees (type ids are in preorder: a subtree is a range), so a
 * class with both the runtime's and the program's subclasses (the closure
 * class) comes right after the runtime's own, its runtime subclasses first.
 * Builtin classes (no source) count as neither.
 */
function stableOrder(classes: readonly ClassDesc[], ranks: Map<ClassDesc, [number, number]>): ClassDesc[] {
  // (ranks: each class's lowest and highest in its subtree, kept between calls)
  const rankOf = (c: ClassDesc): [number, number] => {
    let r = ranks.get(c);
    if (!r) {
      const file = sourceOf(c)?.file;
      const own = file ? sourceRank(file) : null;
      let [lo, hi] = own === null ? [Infinity, -Infinity] : [own, own];
      for (const s of c.subclasses) {
        const [slo, shi] = rankOf(s);
        lo = Math.min(lo, slo);
        hi = Math.max(hi, shi);
      }
      r = lo === Infinity ? [1, 1] : [lo, hi];
      ranks.set(c, r);
    }
    return r;
  };
  // the toolkit's by place (not by when the frontend met them); the program's in the frontend's order (a stable sort)
  const place = (c: ClassDesc): [string, number, number] => {
    const l = sourceOf(c);
    // (builtin classes after the toolkit's: the closure class comes after the runtime's classes whether or not the program has closures)
    return !l ? ["\uffff", 0, 0] : sourceRank(l.file) === 2 ? ["", 0, 0] : [l.file, l.line, l.col];
  };
  return [...classes].sort((a, b) => {
    const [la, ha] = rankOf(a);
    const [lb, hb] = rankOf(b);
    const [fa, na, ca] = place(a);
    const [fb, nb, cb] = place(b);
    return la - lb || ha - hb || (fa < fb ? -1 : fa > fb ? 1 : na - nb || ca - cb);
  });
}

/** Where a class comes from: its declaration, or for a closure's class its function's. */
function sourceOf(c: ClassDesc): SourceLoc | null {
  return (c.closureOf ?? c).loc;
}
