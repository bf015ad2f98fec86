// The annotator (RPython's annotator/annrpython.py): a whole-program fixpoint
// from main(argv).  Blocks are (re)flowed from a worklist; each operation's
// rule computes its result annotation; link arguments are unioned into the
// target blocks' inputs.  Shared records (bookkeeper.ts: fields, list and map
// families, globals; here: function returns) remember which blocks read them
// and reschedule those blocks when they generalize.
import { ShapeTest } from "../frontend/records.ts";
import { checkJitHints } from "./jithints.ts";
import { Block, CAN_RAISE, SpaceOperation, Variable, formatLoc, type FunctionGraph, type SourceLoc, type Value } from "../flow/model.ts";
import { BuiltinDesc, ClassDesc, FieldDesc, FunctionDesc, GlobalDesc, isBoxClass, type BoxKind } from "../flow/descriptors.ts";
import type { Frontend } from "../frontend/frontend.ts";
import { ts } from "ts-morph";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { M, fillMessage, type Message } from "../diagnostics/messages.ts";
import {
  ListDef, MapDef, SomeFunction, SomeInstance, SomeList, SomeMap, SomeMapIter, SomeValue, UnionError, sameAnnotation, s_impossible, s_int, s_float, s_bool, s_str, s_none, s_null, s_undef, union,
} from "./model.ts";
import { annotateOperation } from "./rules.ts";
import { argumentCount } from "./calls.ts";
import { GenericCopies, declaredResult, optionalArgs } from "./signatures.ts";
import { classOfRuntime, prebuiltAnnotation } from "./prebuilt.ts";
import { asFloat, numberOf } from "./numbers.ts";
import { MethodFamilies } from "./families.ts";
import { narrowed, narrowingOnLink } from "./narrowing.ts";
import { ClosureFamilies } from "./callfamilies.ts";
import { cutDeadCode } from "./deadcode.ts";
import { Bookkeeper } from "./bookkeeper.ts";

// annotation debugging: where a field is lifted to a base, an array family, a field or a function argument generalizes (docs/internals.md)
const RTS_DEBUG_LIFT = process.env.RTS_DEBUG_LIFT;
const RTS_DEBUG_ARGS = process.env.RTS_DEBUG_ARGS;

/** A union of incompatible annotations: always an error, never a blocked block. */
export class ConflictError extends RtsError {}

/** How many errors one run reports at most. */
const MAX_ERRORS = 50;

export class Annotator extends Bookkeeper {
  readonly graphs: FunctionGraph[] = [];
  private graphOfBlock = new Map<Block, FunctionGraph>();
  private pending: Block[] = [];
  private pendingSet = new Set<Block>();
  private blocked = new Map<Block, RtsError>();
  private reached = new Set<Block>();
  private origins = new Map<Variable, SourceLoc | null>();
  private returnReaders = new Map<FunctionGraph, Set<Block>>();
  /** Method families: which implementations a method call reaches. */
  readonly methods: MethodFamilies;
  /** Annotations of the objects built at init time (prebuilt.ts). */
  readonly prebuilt = new Map<object, SomeValue>();
  /** Per allocation site list/map families, so reflowing a block reuses them. */
  readonly siteDefs = new Map<SpaceOperation, ListDef | MapDef>();

  /** The list family of allocation site `op` (made once: a fresh one per reflow would never settle). */
  siteListDef(op: SpaceOperation): ListDef {
    let def = this.siteDefs.get(op) as ListDef | undefined;
    if (!def) this.siteDefs.set(op, (def = new ListDef()));
    return def;
  }
  /** call_value sites whose only callee is a generic closure: the copy specialized for their arguments. */
  readonly closureCopies = new Map<SpaceOperation, FunctionDesc>();
  readonly usedClasses = new Set<ClassDesc>();
  /** rts/jit lookInsideIff: each marked function's predicate, by its source position (resolved at the first call). */
  lookInsideIff: ReadonlyMap<string, FunctionDesc> | null = null;

  /**
   * Ints are machine words (wrapping, no -0): the rts/ll dialect of library
   * code such as a GC, rather than the JavaScript numbers of programs.
   */
  machineInts = false;

  constructor(readonly fe: Frontend) {
    super();
    this.methods = new MethodFamilies(fe, (m, ...args) => this.fail(m, ...args));
  }

  // ---- driving ------------------------------------------------------------------
  /** `roots`: functions without parameters annotated with main (a plugin's runtime entry points). */
  annotateMain(main: FunctionDesc, roots: readonly FunctionDesc[] = []): void {
    const g = this.graphFor(main);
    for (const r of roots) this.bindInputs(this.graphFor(r), []);
    this.generalizeField(this.fe.builtinClasses.get("Error")!.fields.get("message")!, s_str);
    this.generalizeField(this.fe.builtinClasses.get("Error")!.fields.get("name")!, s_str);
    this.generalizeField(this.fe.closureRoot.fields.get("fn")!, s_int);
    // main(argv: string[] = []) also works: argv is always passed (the mask says so)
    this.bindInputs(g, main.optional ? [new SomeList(this.strListDef(), false), s_int] : [new SomeList(this.strListDef(), false)]);
    this.completeAll();
    for (const graph of this.graphs) cutDeadCode(graph, this.reached, (v) => this.annotation(v));
    checkJitHints(this.graphs, (v) => this.annotation(v));
    const ret = this.returnAnnotation(g);
    if (ret.kind !== "int" && ret.kind !== "impossible") {
      throw new RtsError([new RtsDiagnostic(M.badMainSignature.code, fillMessage(M.badMainSignature, []), main.loc, M.badMainSignature.hint ?? null)]);
    }
  }

  /** A library (a GC module): annotates the given entry points with the given argument annotations. */
  annotateEntryPoints(entries: { fn: FunctionDesc; args: SomeValue[] }[]): void {
    for (const e of entries) this.bindInputs(this.graphFor(e.fn), e.args);
    this.completeAll();
    for (const graph of this.graphs) cutDeadCode(graph, this.reached, (v) => this.annotation(v));
  }

  /**
   * Mix-level (RPython's MixLevelHelperAnnotator): annotates a helper the
   * rtyper calls, written in RTS, after the program's own graphs were
   * annotated and rtyped.  Nothing may flow back into those graphs: a
   * helper that would change their annotations is an internal error.
   * Returns the function annotated: fn, or a copy of it when fn was
   * already annotated (for another helper) with narrower arguments.
   */
  annotateHelper(fn: FunctionDesc, args: SomeValue[]): FunctionDesc {
    const known = new Set(this.graphs);
    this.frozen = known;
    let entry = fn;
    try {
      entry = this.helperCallee(fn, args);
      this.bindInputs(this.graphFor(entry), args);
      this.completeAll();
    } finally {
      this.frozen = null;
    }
    for (const graph of this.graphs) if (!known.has(graph)) cutDeadCode(graph, this.reached, (v) => this.annotation(v));
    return entry;
  }

  /** While a helper is annotated: the graphs that are final. */
  private frozen: Set<FunctionGraph> | null = null;

  /**
   * The function a call in a helper's graphs targets: fn itself, unless
   * fn's graph is already rtyped and these arguments would widen it (two
   * helpers sharing a private function with different argument ranges);
   * then a copy of fn of its own, as RPython specializes ll helpers.
   */
  helperCallee(fn: FunctionDesc, args: SomeValue[]): FunctionDesc {
    if (!this.frozen) return fn;
    const g = this.graphFor(fn);
    if (!this.frozen.has(g)) return fn;
    const params = g.startblock.inputargs;
    const fits = params.length === args.length && args.every((a, i) => this.contains(params[i].annotation as SomeValue | undefined, a));
    return fits ? fn : this.copies.fresh(fn);
  }

  /** Whether `old` already covers `a`, without unifying anything (a union of two lists would merge their families). */
  private contains(old: SomeValue | undefined, a: SomeValue): boolean {
    if (old === undefined) return false;
    const family = (x: SomeValue): object | null =>
      x instanceof SomeList ? x.def : x instanceof SomeMap ? x.def : x instanceof SomeMapIter ? x.map.def : x instanceof SomeFunction ? x : null;
    if (family(old) || family(a)) {
      if (a.kind === "impossible") return true;
      if (old.kind !== a.kind || (a.nullable && !old.nullable) || (a.undef && !old.undef)) return false;
      return a instanceof SomeFunction ? sameAnnotation(old, a) : family(old) === family(a);
    }
    try {
      return sameAnnotation(old, union(old, a, this));
    } catch (e) {
      if (e instanceof UnionError) return false;
      throw e;
    }
  }

  /**
   * Runs to the fixpoint. After errors, a function that never got a result
   * (its body had an error) is given the one its TypeScript signature declares,
   * so that its callers are checked too; then every error found is thrown.
   */
  private completeAll(): void {
    this.complete();
    this.normalizeFamilies();
    for (let round = 0; round < 3 && this.errors.length + this.blocked.size > 0; round++) {
      let resumed = false;
      for (const b of this.blocked.keys()) this.erroredGraphs.add(this.graphOfBlock.get(b as Block)!);
      for (const g of this.erroredGraphs) {
        const fn = g.func as FunctionDesc | undefined;
        if (this.returnAnnotation(g).kind !== "impossible" || !fn) continue;
        const declared = declaredResult(this.fe, fn);
        if (!declared) continue;
        this.generalize(g.returnblock.inputargs[0], declared, fn.loc);
        this.scheduleAll(this.returnReaders.get(g) ?? []);
        resumed = true;
      }
      if (!resumed) break;
      this.complete();
      this.normalizeFamilies();
    }
    this.reportErrors();
  }

  // ---- errors ------------------------------------------------------------------------
  /** Errors found so far: the annotation goes on past them, so one run reports them all. */
  private errors: RtsDiagnostic[] = [];
  /** Functions with an error in their body (their result may never have been computed). */
  private erroredGraphs = new Set<FunctionGraph>();

  private record(e: RtsError): void {
    for (const d of e.diagnostics) {
      const same = this.errors.some((x) => x.message === d.message && formatLoc(x.loc) === formatLoc(d.loc));
      if (!same) this.errors.push(d);
    }
  }

  /** Throws every error found (definite ones, and blocks that stayed blocked), in source order. */
  private reportErrors(): void {
    for (const e of this.blocked.values()) this.record(e);
    if (this.errors.length === 0) return;
    const key = (d: RtsDiagnostic): string => `${d.loc?.file ?? ""}\0${String(d.loc?.line ?? 0).padStart(8, "0")}\0${String(d.loc?.col ?? 0).padStart(8, "0")}`;
    throw new RtsError([...this.errors].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, MAX_ERRORS));
  }

  private strListDef(): ListDef {
    const d = new ListDef();
    d.item = s_str;
    return d;
  }

  graphFor(fn: FunctionDesc): FunctionGraph {
    let g: FunctionGraph;
    try {
      g = this.fe.getGraph(fn);
    } catch (e) {
      // a function the frontend cannot lower: report it, and go on as if it never returned
      if (!(e instanceof RtsError)) throw e;
      this.record(e);
      g = this.fe.stubGraph(fn);
      this.erroredGraphs.add(g);
    }
    if (!this.graphOfBlock.has(g.startblock)) {
      this.graphs.push(g);
      for (const b of g.blocks()) this.graphOfBlock.set(b, g);
      this.graphOfBlock.set(g.returnblock, g);
      this.graphOfBlock.set(g.exceptblock, g);
      if (fn.cls) this.usedClasses.add(fn.cls);
    }
    return g;
  }

  private schedule(b: Block): void {
    const g = this.graphOfBlock.get(b);
    if (this.frozen && g && this.frozen.has(g)) throw new Error(`internal: a helper would change the annotations of ${g.name}, which is already rtyped`);
    if (!this.pendingSet.has(b)) {
      this.pendingSet.add(b);
      this.pending.push(b);
    }
  }

  protected scheduleAll(readers: Iterable<unknown>): void {
    for (const r of readers) this.schedule(r as Block);
  }

  complete(): void {
    while (this.pending.length > 0) {
      const b = this.pending.shift()!;
      this.pendingSet.delete(b);
      try {
        this.flowin(b);
      } catch (e) {
        // a definite error (a type conflict): recorded; the block stops there
        if (!(e instanceof ConflictError)) throw e;
        this.record(e);
        this.erroredGraphs.add(this.graphOfBlock.get(b)!);
      }
    }
  }

  /** Unions `anns` into the graph's input args; schedules the start block if anything changed. */
  bindInputs(g: FunctionGraph, anns: SomeValue[]): void {
    const start = g.startblock;
    if (anns.length !== start.inputargs.length) {
      // the receiver (this, or a closure's environment) is not an argument the user wrote
      const fn = g.func as FunctionDesc | undefined;
      const self = fn && fn.kind !== "function" ? 1 : 0;
      this.fail(M.arity, `${g.name}()`, argumentCount(start.inputargs.length - self, start.inputargs.length - self), String(anns.length - self));
    }
    let changed = !this.reached.has(start) || !start.inputargs.every((v) => v.annotation !== undefined);
    start.inputargs.forEach((v, i) => {
      if (RTS_DEBUG_ARGS && g.name === RTS_DEBUG_ARGS) process.stderr.write(`arg ${i} ${anns[i].describe()} at ${JSON.stringify(this.currentOp?.loc ?? null)}\n`);
      if (this.generalize(v, anns[i], this.currentOp?.loc ?? null)) changed = true;
    });
    if (changed) this.schedule(start);
  }

  /** Calls a graph: binds arguments, returns its return annotation (and remembers the caller). */
  call(fn: FunctionDesc, args: SomeValue[], given?: boolean[]): SomeValue {
    const g = this.graphFor(fn);
    // an override or a callback may declare fewer parameters (JavaScript drops the extra arguments)
    if (!fn.optional && (fn.kind === "method" || fn.kind === "closure") && args.length > g.startblock.inputargs.length) this.padArity(g, args.length);
    this.bindInputs(g, fn.optional ? optionalArgs(fn, args, given) : args);
    if (!this.returnReaders.has(g)) this.returnReaders.set(g, new Set());
    if (this.current) this.returnReaders.get(g)!.add(this.current);
    return this.returnAnnotation(g);
  }

  returnAnnotation(g: FunctionGraph): SomeValue {
    return (g.returnblock.inputargs[0].annotation as SomeValue | undefined) ?? s_impossible;
  }

  /** Unions `ann` into v's annotation; true if it changed. */
  private generalize(v: Variable, ann: SomeValue, origin: SourceLoc | null): boolean {
    const old = v.annotation as SomeValue | undefined;
    if (old === undefined) {
      v.annotation = ann;
      this.origins.set(v, origin);
      return true;
    }
    let u: SomeValue;
    try {
      u = union(old, ann, this);
    } catch (e) {
      if (e instanceof UnionError) this.conflict(varName(v), old, this.origins.get(v) ?? null, ann, origin);
      throw e;
    }
    if (sameAnnotation(old, u)) return false;
    v.annotation = u;
    if (!this.origins.get(v)) this.origins.set(v, origin);
    return true;
  }

  protected conflict(what: string, a: SomeValue, aLoc: SourceLoc | null, b: SomeValue, bLoc: SourceLoc | null): never {
    const related = [];
    if (aLoc) related.push({ loc: aLoc, message: `${a.describe()} comes from here` });
    if (bLoc) related.push({ loc: bLoc, message: `${b.describe()} comes from here` });
    const m = M.mixedTypes;
    throw new ConflictError([
      new RtsDiagnostic(m.code, fillMessage(m, [what, a.describe(), b.describe()]), bLoc ?? aLoc ?? this.currentOp?.loc ?? null, m.hint ?? null, related),
    ]);
  }

  fail(m: Message, ...args: string[]): never {
    throw new RtsError([new RtsDiagnostic(m.code, fillMessage(m, args), this.currentOp?.loc ?? null, m.hint ?? null)]);
  }

  /** An error that more annotation cannot fix (the block is not retried). */
  failNow(m: Message, ...args: string[]): never {
    throw new ConflictError([new RtsDiagnostic(m.code, fillMessage(m, args), this.currentOp?.loc ?? null, m.hint ?? null)]);
  }

  // ---- specialization ---------------------------------------------------------------------
  private readonly copies = new GenericCopies((m, ...args) => this.fail(m, ...args));

  /** The copy of generic function `fn` for these argument shapes (signatures.ts). */
  specialize(fn: FunctionDesc, args: SomeValue[], site?: object): FunctionDesc {
    return this.copies.specialize(fn, args, site);
  }

  // ---- call families --------------------------------------------------------------------
  /** Closure call families (union-find): members are called through one indirect call. */
  private readonly closureFamilies = new ClosureFamilies();

  mergeFunctions(descs: Iterable<FunctionDesc>): void {
    this.closureFamilies.merge(descs);
  }

  /** A value union boxes primitives (rts/rlib/values): the box class, its field holding any such value (numbers as floats). */
  boxClass(kind: BoxKind, a: SomeValue): ClassDesc {
    const cls = this.fe.valueBoxClass(kind);
    this.usedClasses.add(cls);
    this.generalizeField(cls.fields.get("value")!, kind === "number" ? s_float : a);
    return cls;
  }

  /** Closure call families, each with more than one member. */
  callFamilies(): FunctionDesc[][] {
    return this.closureFamilies.families(this.graphs);
  }

  /** A closure called with more arguments than it declares ignores the rest (as in JS): give it unused inputs. */
  padArity(g: FunctionGraph, n: number): void {
    while (g.startblock.inputargs.length < n) g.startblock.inputargs.push(new Variable("unused"));
  }

  /**
   * Members of a method family or closure call family are called through one
   * vtable slot or code pointer, so they must share one signature: union
   * their arguments (the receiver / environment excepted) and results, and
   * reflow until nothing changes.
   */
  private normalizeFamilies(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const family of [...this.allFamilies(), ...this.callFamilies()]) {
        try {
          if (this.normalizeFamily(family)) changed = true;
        } catch (e) {
          if (!(e instanceof ConflictError)) throw e;
          this.record(e);
        }
      }
      if (changed) this.complete();
    }
  }

  /** One round of normalizeFamilies on one family; true if an annotation changed. */
  private normalizeFamily(family: FunctionDesc[]): boolean {
    let changed = false;
    const graphs = family.map((f) => f.graph).filter((g): g is FunctionGraph => g !== null && this.graphOfBlock.has(g.startblock));
    if (graphs.length <= 1) return false;
    const n = Math.max(...graphs.map((g) => g.startblock.inputargs.length));
    for (const g of graphs) this.padArity(g, n);
    for (let i = 1; i < n; i++) {
      let u: SomeValue = s_impossible;
      for (const g of graphs) u = this.unionOf(u, this.annotation(g.startblock.inputargs[i]), `argument ${i} of ${family[0].name}()`);
      if (u.kind === "impossible") continue;
      for (const g of graphs) {
        if (this.generalize(g.startblock.inputargs[i], u, null)) {
          changed = true;
          this.schedule(g.startblock);
        }
      }
    }
    let r: SomeValue = s_impossible;
    for (const g of graphs) r = this.unionOf(r, this.returnAnnotation(g), `the results of ${family[0].name}()`);
    if (r.kind === "impossible") return changed;
    for (const g of graphs) {
      if (this.generalize(g.returnblock.inputargs[0], r, null)) {
        changed = true;
        this.scheduleAll(this.returnReaders.get(g) ?? []);
      }
    }
    return changed;
  }

  // ---- flowing a block --------------------------------------------------------------
  private flowin(b: Block): void {
    this.current = b;
    this.reached.add(b);
    this.blocked.delete(b);
    try {
      let exits = b.exits;
      for (let i = 0; i < b.operations.length; i++) {
        const op = b.operations[i];
        this.currentOp = op;
        let ann: SomeValue;
        try {
          ann = annotateOperation(this, op);
        } catch (e) {
          // an op may fail only because its inputs are not general enough yet:
          // the block is blocked; it is an error only if it stays blocked
          if (!(e instanceof RtsError) || e instanceof ConflictError) throw e;
          this.blocked.set(b, e);
          return;
        }
        if (ann.kind === "impossible") {
          // e.g. a call whose callee has not returned (yet): only its exception exit is live
          if (b.exitswitch !== CAN_RAISE || i !== b.operations.length - 1) return;
          exits = b.exits.slice(1);
          break;
        }
        this.generalize(op.result, ann, op.loc);
      }
      this.currentOp = null;
      for (const link of exits) {
        const target = link.target;
        const known = narrowingOnLink(b, link);
        if (known && narrowed(this.annotation(known.x), known).kind === "impossible") continue; // a branch never taken
        let changed = !this.reached.has(target) || target.inputargs.some((v) => v.annotation === undefined);
        link.args.forEach((a, i) => {
          let ann = link.excValue === a ? this.exceptionAnnotation() : this.annotation(a);
          if (known && a === known.x) ann = narrowed(ann, known);
          if (ann.kind === "impossible") return;
          if (this.generalize(target.inputargs[i], ann, this.originOf(a))) changed = true;
        });
        if (target.isFinal) {
          this.reached.add(target);
          this.finalChanged(target, changed);
        } else if (changed) this.schedule(target);
      }
    } finally {
      this.current = null;
      this.currentOp = null;
    }
  }

  private finalChanged(target: Block, changed: boolean): void {
    if (!changed) return;
    const g = this.graphOfBlock.get(target);
    if (g && target === g.returnblock) this.scheduleAll(this.returnReaders.get(g) ?? []);
  }

  exceptionAnnotation(): SomeValue {
    return new SomeInstance(this.fe.builtinClasses.get("Error")!, false);
  }

  originOf(v: Value): SourceLoc | null {
    return v instanceof Variable ? this.origins.get(v) ?? null : v.loc;
  }

  // ---- annotations of values -----------------------------------------------------------
  annotation(v: Value): SomeValue {
    if (v instanceof Variable) return (v.annotation as SomeValue | undefined) ?? s_impossible;
    if (v.annotation instanceof SomeValue) return v.annotation;
    if (isDescriptor(v.value)) return s_none; // an operation's meta argument, not a value
    const a = v.annotation === "float" ? asFloat(numberOf(v.value as number)) : this.constantAnnotation(v.value);
    v.annotation = a;
    return a;
  }

  /** The annotation of an init-time value; `t` is its TypeScript type where known (tuples need it). */
  constantAnnotation(x: unknown, t?: ts.Type): SomeValue {
    if (x === null) return s_null;
    if (x === undefined) return s_undef;
    if (typeof x === "number") return numberOf(x);
    if (typeof x === "boolean") return s_bool;
    if (typeof x === "string") return s_str;
    if (typeof x === "object") return prebuiltAnnotation(this, x, t ?? this.fe.prebuiltTypes.get(x));
    if (typeof x === "symbol") return prebuiltAnnotation(this, this.fe.prebuiltSymbol(x), undefined);
    if (typeof x === "function") {
      const desc = this.fe.functionOfRuntime(x) ?? this.fe.libraryFunctionOfRuntime(x, t);
      if (!desc) return this.failNow(M.prebuiltFunction, x.name || "anonymous");
      this.usedClasses.add(desc.envClass!);
      return new SomeFunction(new Set([desc]), false);
    }
    return this.fail(M.unsupportedName, String(x));
  }

  /** The class of an object built at init time (prebuilt.ts). */
  classOfRuntime(x: object): ClassDesc | null {
    return classOfRuntime(this.fe, x);
  }

  // ---- attributes read through a common base ------------------------------------------
  /**
   * The field `name` as seen from `cls`.  When only subclasses declare it
   * (cls is an interface's implicit root, or the common base of a union),
   * the field moves up to cls, as RPython's annotator generalizes an
   * attribute to the class it is read through: one slot, one offset.
   */
  fieldFor(cls: ClassDesc, name: string): FieldDesc | null {
    const f = cls.lookupField(name);
    if (f) return f;
    // (the boxes of value unions keep their own field: no program reads it through a base)
    const below = [...cls.subtree()].filter((c) => c !== cls && c.fields.has(name) && !isBoxClass(c));
    const accessor = [...cls.subtree()].find((c) => c.methods.has(`get$${name}`) || c.methods.has(`set$${name}`));
    if (accessor) return this.fail(M.liftedAccessor, name, cls.name, accessor.name);
    if (below.length === 0) return null;
    const first = below[0].fields.get(name)!;
    const lifted = new FieldDesc(name, cls, first.declaredType, null, first.loc);
    if (RTS_DEBUG_LIFT) process.stderr.write(`lift ${name} to ${cls.name} from ${below.map((b) => b.name).join(",")} at ${JSON.stringify(this.currentOp?.loc ?? null)}\n`);
    cls.fields.set(name, lifted);
    const slot = this.slot(this.fields, lifted);
    for (const c of below) {
      const old = c.fields.get(name)!;
      c.fields.delete(name);
      const s = this.fields.get(old);
      if (!s) continue;
      for (const r of s.readers) slot.readers.add(r);
      if (s.ann.kind !== "impossible") {
        this.generalizeSlot(slot, s.ann, `field ${name} of ${below.map((b) => b.name).join(" and ")}`);
        slot.origin ??= s.origin;
      }
    }
    this.scheduleAll(slot.readers);
    return lifted;
  }

  /** All implementations a call of `name` on `recv` can reach (one family, one vtable slot). */
  methodFamily(recv: SomeInstance, name: string): FunctionDesc[] {
    return this.methods.family(recv, name);
  }

  allFamilies(): FunctionDesc[][] {
    return this.methods.all();
  }
}

function isDescriptor(x: unknown): boolean {
  return x instanceof FunctionDesc || x instanceof ClassDesc || x instanceof GlobalDesc || x instanceof BuiltinDesc || x instanceof ShapeTest;
}

function varName(v: Variable): string {
  const at = v.hint.indexOf("@");
  return at > 0 ? `variable '${v.hint.slice(0, at)}'` : "a value";
}

export { s_int, s_float, s_bool, s_str, s_none, s_impossible };
