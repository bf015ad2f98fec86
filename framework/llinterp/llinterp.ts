// The llinterp (RPython's rtyper/llinterp.py): executes low-level graphs in
// TypeScript, so every rtyped program can be run and tested without a C
// compiler, with JS stack traces instead of segfaults.  It follows the same
// op table as the C backend (framework/ops/).
import { CAN_RAISE, Constant, DEFAULT_CASE, Variable, formatLoc, type Block, type FunctionGraph, type SpaceOperation, type Value } from "../flow/model.ts";
import { OptSentinel, quasiWatcherField, type ClassLayout, type LLType, type MethodSlot } from "../rtyper/lltypes.ts";
import type { LLFunction, RTyper } from "../rtyper/rtyper.ts";
import { typeOfValue } from "../rtyper/values.ts";
import type { GlobalDesc } from "../flow/descriptors.ts";
import { LLException, LLFatalError, LLInstance, LLList, LLMap, LLMapEntries } from "./values.ts";
import { StrBuffer, Units, bufferCapacity, bufferEnd, bufferStart, clearEntry, copyOwnUnits, copyUnits, copyUnitsToBuffer, finishUnits, giveIdentity, moveEntry, newBuffer, newUnits, newView, setBufferEnd, setBufferStart, setEntryValue, setUnit, storeEntry, viewBuffer, viewStart } from "../rlib/lltype.ts";
import { INT_LIMIT, OPS, evalOp, hasIntResult, type EvalContext } from "../ops/index.ts";
import { processIO, type ProgramIO } from "./io.ts";
import { format } from "node:util";
import { toInspectable } from "./inspectable.ts";
import * as ll from "../rlib/ll.ts";
import { LL_FUNCTIONS } from "../frontend/builtins.ts";
import { llOpName } from "../rtyper/lower.ts";
import { SHADOW_STACK_OPS } from "../transforms/shadowstack.ts";
import type { LLConstValue, LLPrebuilt } from "../rtyper/prebuilt.ts";
import { stringOperands, type Handler, type SimHeap } from "./simheap.ts";

const LL_NAMES = new Map(Object.keys(LL_FUNCTIONS).map((n) => [llOpName(n), n]));

const MAX_DEPTH = 20000;

/** An operand: a frame slot, or a constant converted on first use. */
type Arg = number | { c: Constant; ready: boolean; value: unknown };
const EXC_ARG = Symbol("exception value");
const RETURN = Symbol("return");
const EXCEPT = Symbol("except");

interface CompiledOp {
  op: SpaceOperation;
  args: Arg[];
  result: number;
  /** The op table's semantics of the op, if it has them, and the context it runs them in. */
  pure: ((a: any[], cx: EvalContext) => unknown) | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  cx: EvalContext;
  intResult: boolean;
  /** On the simulated heap: the operands read as JS strings, and whether the result is made one. */
  strArgs: number[] | null;
  strResult: boolean;
  /** The simulated heap's implementation of the op, if it has one. */
  sim: Handler | null;
}

interface CompiledLink {
  args: (Arg | typeof EXC_ARG)[];
  target: CompiledBlock | typeof RETURN | typeof EXCEPT;
}

interface CompiledBlock {
  inputs: number[];
  ops: CompiledOp[];
  canRaise: boolean;
  /** The index of the op that may raise (the last one but the GC transform's bookkeeping after it). */
  raising: number;
  exitswitch: Arg | null;
  exits: CompiledLink[];
  cases: Map<unknown, CompiledLink>;
  defaultExit: CompiledLink | null;
}

interface CompiledGraph {
  start: CompiledBlock;
  slots: number;
}

export class LLInterpreter {
  private globals = new Map<GlobalDesc, unknown>();
  /** The shadow stack of the GC transform's root operations. */
  private shadowStack: unknown[] = [];
  private shadowTop = 0;
  private prebuilt = new Map<LLPrebuilt, unknown>();
  private depth = 0;
  private graphs = new Map<FunctionGraph, CompiledGraph>();
  private overflowDepth = -1;
  /**
   * Runs a call some other way when it returns a result (the JIT's llgraph
   * backend runs graphs through their jitcodes with it); null: as usual.
   */
  enterGraph: ((g: FunctionGraph, args: unknown[]) => { value: unknown } | null) | null = null;
  /** A quasi-immutable field watched by the JIT (watcher n) is about to change (the llgraph backend's invalidation). */
  onQuasiImmutWrite: ((n: number) => void) | null = null;

  constructor(
    readonly rt: RTyper,
    private readonly io: ProgramIO = processIO,
    /** The program's objects in simulated memory with the real GC (simheap.ts), or as JS objects. */
    private readonly sim: SimHeap | null = null,
  ) {
    sim?.start(rt.functions.keys());
  }

  /** Runs main(argv) like the binary does: returns the exit status. */
  runMain(main: LLFunction, argv: string[], withMask = false): number {
    try {
      const args = this.sim ? this.sim.newStringList(argv) : new LLList([...argv]);
      return this.call(main, withMask ? [args, 1] : [args]) as number;
    } catch (e) {
      this.io.flush();
      if (e instanceof LLException) {
        const v = e.value;
        const { cls, message } = typeof v === "number" ? this.sim!.describe(v) : { cls: v.layout.cls.name, message: v.fields.message as string };
        this.io.write(2, message === null || message === undefined ? `uncaught: ${cls}\n` : `${cls}: ${message}\n`);
        return 1;
      }
      if (e instanceof LLFatalError) {
        this.io.write(2, `fatal error: ${e.message}\n`);
        return 101;
      }
      throw e;
    } finally {
      this.io.flush();
    }
  }

  call(f: LLFunction, args: unknown[]): unknown {
    const roots = this.sim?.mem.stackRootsTop() ?? 0;
    try {
      return this.runGraph(f.graph, args);
    } catch (e) {
      // The host stack ran out first: unwind some frames (nothing can be
      // allocated at the deepest ones), then raise the program's RangeError.
      if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") {
        if (this.overflowDepth < 0) this.overflowDepth = this.depth;
        if (this.depth > this.overflowDepth - 64) throw e;
        this.overflowDepth = -1;
        // the frames unwound never popped the roots they pushed
        this.sim?.mem.resetRoots(roots);
        this.raiseBuiltin("RangeError", "Maximum call stack size exceeded");
      }
      throw e;
    }
  }

  private runGraph(g: FunctionGraph, args: unknown[]): unknown {
    if (this.enterGraph) {
      const r = this.enterGraph(g, args);
      if (r) return r.value;
    }
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      this.raiseBuiltin("RangeError", "Maximum call stack size exceeded");
    }
    try {
      const cg = this.compiled(g);
      const frame: unknown[] = new Array(cg.slots);
      let block = cg.start;
      for (let i = 0; i < block.inputs.length; i++) frame[block.inputs[i]] = args[i];
      for (;;) {
        let excValue: LLInstance | number | null = null;
        const ops = block.ops;
        const last = ops.length - 1;
        for (let i = 0; i <= last; i++) {
          const cop = ops[i];
          const a = new Array(cop.args.length);
          for (let j = 0; j < a.length; j++) a[j] = this.arg(cop.args[j], frame);
          try {
            const ptrs = cop.strArgs ? this.readStrings(cop, a) : null;
            let v: unknown;
            if (cop.pure) {
              v = cop.pure(a, cop.cx) as number;
              if (cop.intResult && !(typeof v === "number" && v >= -INT_LIMIT && v < INT_LIMIT)) this.intOverflow(cop.op, v);
              if (cop.intResult && v === 0) v = 0; // ints have no -0
            } else v = cop.sim ? cop.sim(cop.op, a, cop.cx) : this.op(cop.op, a);
            frame[cop.result] = cop.strResult ? this.newString(cop, v, a, ptrs!) : v;
          } catch (e0) {
            const e = this.asProgramError(e0);
            // the pops and reloads after the raising op still run, as in C
            if (e instanceof LLException && block.canRaise && i === block.raising) excValue = e.value;
            else throw e;
          }
        }
        let link = block.exits[0];
        if (block.canRaise) {
          if (excValue) link = block.exits[1];
        } else if (block.exitswitch !== null) {
          const cond = this.arg(block.exitswitch, frame);
          link = block.cases.get(cond) ?? block.defaultExit!;
        }
        const vals = new Array(link.args.length);
        for (let j = 0; j < vals.length; j++) vals[j] = link.args[j] === EXC_ARG ? excValue : this.arg(link.args[j] as Arg, frame);
        if (link.target === RETURN) return vals[0];
        if (link.target === EXCEPT) throw new LLException(vals[0] as LLInstance | number);
        block = link.target;
        for (let j = 0; j < vals.length; j++) frame[block.inputs[j]] = vals[j];
      }
    } finally {
      this.depth--;
    }
  }

  private arg(x: Arg, frame: unknown[]): unknown {
    if (typeof x === "number") return frame[x];
    if (!x.ready) {
      x.value = this.constant(x.c);
      x.ready = true;
    }
    return x.value;
  }

  /** The graph with its variables numbered as frame slots (once per graph). */
  private compiled(g: FunctionGraph): CompiledGraph {
    const known = this.graphs.get(g);
    if (known) return known;
    const slots = new Map<Variable, number>();
    const slot = (v: Variable): number => {
      let n = slots.get(v);
      if (n === undefined) slots.set(v, (n = slots.size));
      return n;
    };
    const arg = (v: Value): Arg => (v instanceof Variable ? slot(v) : { c: v, ready: false, value: undefined });
    const blocks = new Map<Block, CompiledBlock>();
    const blockOf = (b: Block): CompiledBlock | typeof RETURN | typeof EXCEPT => {
      if (b === g.returnblock) return RETURN;
      if (b === g.exceptblock) return EXCEPT;
      let cb = blocks.get(b);
      if (cb) return cb;
      let raising = b.operations.length - 1;
      while (raising > 0 && SHADOW_STACK_OPS.has(b.operations[raising].opname)) raising--;
      cb = { inputs: b.inputargs.map(slot), ops: [], canRaise: b.exitswitch === CAN_RAISE, raising, exitswitch: null, exits: [], cases: new Map(), defaultExit: null };
      blocks.set(b, cb);
      const c = cb;
      for (const op of b.operations) {
        const sim = this.sim?.handler(op.opname) ?? null;
        const pure = sim ? null : (OPS[op.opname]?.eval ?? null);
        const cx: EvalContext = { fail: (m) => this.fatal(op, m), raise: (cls, m) => this.raiseBuiltin(cls, m) };
        const strings = this.sim && !sim ? stringOperands(op) : null;
        c.ops.push({ op, args: op.args.map(arg), result: slot(op.result), pure, cx, intResult: hasIntResult(op.opname) && typeof evalOp(op.opname, [1, 1])?.value === "number", strArgs: strings?.args ?? null, strResult: strings?.result ?? false, sim });
      }
      if (b.exitswitch !== null && b.exitswitch !== CAN_RAISE) c.exitswitch = arg(b.exitswitch);
      for (const l of b.exits) {
        const cl: CompiledLink = { args: l.args.map((a) => (a === l.excValue ? EXC_ARG : arg(a))), target: RETURN };
        c.exits.push(cl);
        cl.target = blockOf(l.target);
        if (c.exitswitch !== null) {
          if (l.exitcase === DEFAULT_CASE) c.defaultExit = cl;
          else if (!c.cases.has(l.exitcase)) c.cases.set(l.exitcase, cl);
        }
      }
      return c;
    };
    const start = blockOf(g.startblock) as CompiledBlock;
    const cg = { start, slots: slots.size };
    this.graphs.set(g, cg);
    return cg;
  }

  /**
   * Runs one operation on llinterp values, `a` holding every operand (meta
   * ones too, as constantValue gives them): the JIT's llgraph backend runs
   * the ops of jitcodes and traces with it.  Raises LLException, LLFatalError.
   */
  evalOperation(op: SpaceOperation, a: unknown[]): unknown {
    if (this.sim) throw new Error("internal: the llgraph backend runs on the objects heap");
    const pure = OPS[op.opname]?.eval;
    if (!pure) return this.op(op, a);
    const cx: EvalContext = { fail: (m) => this.fatal(op, m), raise: (cls, m) => this.raiseBuiltin(cls, m) };
    let v: unknown;
    try {
      v = pure(a, cx);
    } catch (e) {
      throw this.asProgramError(e);
    }
    if (hasIntResult(op.opname) && typeof evalOp(op.opname, [1, 1])?.value === "number") {
      if (!(typeof v === "number" && v >= -INT_LIMIT && v < INT_LIMIT)) this.intOverflow(op, v);
      if (v === 0) v = 0;
    }
    return v;
  }

  /** A constant operand's value in the llinterp (prebuilt objects keep one identity). */
  constantValue(c: Constant): unknown {
    return this.constant(c);
  }

  /** Constants: prebuilt objects are converted once into llinterp objects (shared identity). */
  private constant(c: Constant): unknown {
    if (this.sim) return this.sim.constant(c);
    const x = c.value;
    if (x === null || x === undefined) return x;
    if (typeof x !== "object" && typeof x !== "function") return x;
    const t = c.concretetype as LLType | undefined;
    if (!t || t.k === "Void") return x;
    return this.convertPrebuilt(x, t);
  }

  /** The llinterp's own object for a prebuilt one (made once per prebuilt object: identity is kept). */
  private convertPrebuilt(x: object, t: LLType): unknown {
    return this.fromPrebuilt(this.rt.prebuilt.of(x, t));
  }

  private fromPrebuilt(p: LLPrebuilt): unknown {
    const known = this.prebuilt.get(p);
    if (known !== undefined) return known;
    switch (p.kind) {
      case "list": {
        const l = new LLList([]);
        this.prebuilt.set(p, l);
        l.items = p.items.map((v) => this.fromConst(v, p.item));
        return l;
      }
      case "typed": {
        const copy = (p.values as unknown as { slice(): unknown }).slice(); // the program may change it
        this.prebuilt.set(p, copy);
        return copy;
      }
      case "map": {
        // a copy (the program may change it) of the layout the rtyper made
        const src = p.layout;
        const m = new LLMap(src.entries.cap);
        this.prebuilt.set(p, m);
        m.size = src.size;
        m.used = src.used;
        m.index = [...src.index];
        for (let i = 0; i < src.used; i++) {
          m.entries.state[i] = src.entries.state[i];
          if (src.entries.state[i] === 0) continue;
          m.entries.keys[i] = this.fromConst(src.entries.keys[i], p.key);
          m.entries.values[i] = p.isSet ? 0 : this.fromConst(src.entries.values[i], p.value);
        }
        return m;
      }
      case "closure": {
        const inst = new LLInstance(p.layout);
        this.prebuilt.set(p, inst);
        inst.fields.fn = p.fn ?? 0; // the code pointer is the only field
        return inst;
      }
      case "instance": {
        const inst = new LLInstance(p.layout);
        this.prebuilt.set(p, inst);
        if (p.identity) giveIdentity(inst, p.identity); // a key of a prebuilt map
        p.layout.fields.forEach((f, i) => (inst.fields[f.name] = this.fromConst(p.fields[i], f.type)));
        return inst;
      }
    }
  }

  /** What zeroed memory holds for a value of type t. */
  private zero(t: LLType): unknown {
    return t.k === "Signed" || t.k === "Float" || t.k === "OptSigned" || t.k === "OptFloat" ? 0 : t.k === "Bool" || t.k === "OptBool" ? false : null;
  }

  private fromConst(v: LLConstValue, t: LLType): unknown {
    if (v instanceof OptSentinel) return v.value; // (a JIT constant pool's null: the llinterp's registers hold it as such)
    if (v === null || v === undefined) return t.k === "Signed" || t.k === "Float" || t.k === "Bool" ? this.zero(t) : v;
    return typeof v === "object" ? this.fromPrebuilt(v) : v;
  }


  private intOverflow(op: SpaceOperation, v: unknown): never {
    if (typeof v !== "number") throw new Error(`internal: ${op.opname} gave ${String(v)}`);
    return this.fatal(op, "integer overflow: the result is beyond +-2^63, where an int cannot hold the float JavaScript would compute (make the value a float, e.g. start from 1.0, or wrap explicitly with wrapAdd/wrapMul from rts/rlib)");
  }

  fatal(op: SpaceOperation, what: string): never {
    throw new LLFatalError(`${what}\n  at ${op.loc ? formatLoc(op.loc) : "?"}`);
  }

  /** A string or array too long for JavaScript is the program's RangeError, as in the binary. */
  private asProgramError(e: unknown): unknown {
    if (!(e instanceof RangeError) || !/^Invalid (string|array) length/.test(e.message)) return e;
    try {
      this.raiseBuiltin("RangeError", e.message);
    } catch (x) {
      return x;
    }
  }

  raiseBuiltin(name: string, message: string): never {
    const cls = this.rt.an.fe.builtinClasses.get(name)!;
    if (this.sim) throw new LLException(this.sim.newError(this.rt.layoutOf(cls), message, name));
    const inst = new LLInstance(this.rt.layoutOf(cls));
    inst.fields.message = message;
    if (inst.layout.fields.some((f) => f.name === "name")) inst.fields.name = name;
    throw new LLException(inst);
  }

  private op(op: SpaceOperation, a: unknown[]): unknown {
    const meta = <T>(i: number): T => (op.args[i] as Constant).value as T;
    if (op.opname.startsWith("ll_")) return this.llOp(op, a);
    switch (op.opname) {
      // the shadow stack, as generated C keeps it (objects do not move here, but the pushes and pops must balance)
      case "gc_push_roots":
        for (const x of a) this.shadowStack[this.shadowTop++] = x;
        return undefined;
      case "gc_pop_roots":
        this.shadowTop -= meta<number>(0);
        if (this.shadowTop < 0) this.fatal(op, "shadow stack underflow");
        return undefined;
      case "gc_reload_root":
        return this.shadowStack[this.shadowTop + meta<number>(0)];
      case "gc_write_barrier": // objects are not in generations here
        return undefined;
      case "gc_malloc_bump": // no nursery here: every allocation takes the slow path
        return null;
      case "cast_ptr_to_int": // (the simulated heap has addresses: simops.ts)
      case "cast_int_to_ptr":
        return this.fatal(op, "objects have no addresses on the objects heap");
      case "checked_cast": {
        const l = meta<ClassLayout>(1);
        const o = a[0] as LLInstance | null;
        if (o && !(o.layout.tid >= l.tid && o.layout.tid <= l.tidMax)) this.fatal(op, `bad cast: a ${o.layout.cls.name} is not a ${l.cls.name}`);
        return o;
      }
      case "instanceof": {
        const l = meta<ClassLayout>(1);
        const o = a[0] as LLInstance | null;
        return o !== null && o.layout.tid >= l.tid && o.layout.tid <= l.tidMax;
      }
      case "malloc": {
        // fields start as the C backend's zeroed memory does: 0, false, null
        const inst = new LLInstance(meta<ClassLayout>(0));
        for (const f of inst.layout.fields) inst.fields[f.name] = this.zero(f.type);
        return inst;
      }
      case "jit_quasi_immut_write": {
        // (the JIT's llgraph backend watches quasi-immutable fields: onQuasiImmutWrite invalidates watcher n's traces)
        const inst = a[0] as LLInstance;
        const w = quasiWatcherField(meta<string>(1));
        const n = inst.fields[w] as number;
        if (n !== 0) {
          inst.fields[w] = 0;
          this.onQuasiImmutWrite?.(n);
        }
        return undefined;
      }
      case "getfield": return (a[0] as LLInstance).fields[meta<string>(1)];
      case "setfield":
        (a[0] as LLInstance).fields[meta<string>(1)] = a[2];
        return undefined;
      case "direct_call": return this.call(meta<LLFunction>(0), a.slice(1));
      case "fnaddr": return meta<LLFunction>(0);
      case "indirect_call": return this.call(this.sim ? this.sim.funcOf(a[1] as number) : (a[1] as LLFunction), a.slice(2));
      case "method_call": {
        const slot = meta<MethodSlot>(0);
        const layout = this.sim ? this.sim.layoutOf(a[1] as number) : (a[1] as LLInstance).layout;
        const impl = layout.vtable[slot.index];
        if (!impl) this.fatal(op, `no implementation of ${slot.name} for ${layout.cls.name}`);
        return this.call(this.rt.llfunction(impl), a.slice(1));
      }
      case "getglobal": {
        const g = meta<GlobalDesc>(0);
        if (!this.globals.has(g)) {
          const t = this.rt.lltype(this.rt.an.globals.get(g)?.ann);
          this.globals.set(g, this.fromConst(this.rt.prebuilt.value(g.value, t), t));
        }
        return this.globals.get(g);
      }
      case "setglobal":
        this.globals.set(meta<GlobalDesc>(0), a[1]);
        return undefined;
      case "list_new": return new LLList(a.slice(1));
      case "list_new_filled": {
        const n = a[1] as number;
        if (n < 0 || n > 4294967295) this.raiseBuiltin("RangeError", "Invalid array length");
        return new LLList(new Array<unknown>(n).fill(a[2]));
      }
      case "list_len": return (a[0] as LLList).items.length;
      case "list_getitem_opt": return (a[0] as LLList).items[a[1] as number]; // undefined past the end
      case "typed_getitem_opt": return (a[0] as Uint8Array)[a[1] as number];
      case "list_getitem": return (a[0] as LLList).items[this.index(op, a[1] as number, (a[0] as LLList).items.length)];
      case "list_setitem":
        (a[0] as LLList).items[this.index(op, a[1] as number, (a[0] as LLList).items.length)] = a[2];
        return undefined;
      // the inside of a list (rts/lltype): the JS array's length is the list's; the capacity is kept beside it
      case "list_capacity": return (a[0] as LLList).capacity;
      case "list_reserve": {
        const l = a[0] as LLList;
        l.capacity = Math.max(l.capacity, a[1] as number);
        return undefined;
      }
      case "list_set_len": {
        const l = a[0] as LLList;
        if ((a[1] as number) > l.items.length) throw new Error(`internal: ${op.opname} past the items written (${a[1]} > ${l.items.length})`);
        l.items.length = a[1] as number;
        return undefined;
      }
      case "list_store": {
        const l = a[0] as LLList;
        const i = a[1] as number;
        if (i > l.items.length || i >= l.capacity) throw new Error(`internal: ${op.opname} at ${i} (length ${l.items.length}, capacity ${l.capacity})`);
        l.items[i] = a[2];
        return undefined;
      }
      case "list_move": {
        const [src, from, dst, to, n] = a as [LLList, number, LLList, number, number];
        if (to > dst.items.length || to + n > dst.capacity) throw new Error(`internal: ${op.opname} to ${to}..${to + n} (length ${dst.items.length}, capacity ${dst.capacity})`);
        const moved = src.items.slice(from, from + n);
        for (let k = 0; k < n; k++) dst.items[to + k] = moved[k];
        return undefined;
      }
      case "typed_new": {
        const n = a[1] as number;
        if (n < 0) this.raiseBuiltin("RangeError", `Invalid typed array length: ${n}`);
        return meta<string>(0) === "u8" ? new Uint8Array(n) : meta<string>(0) === "i32" ? new Int32Array(n) : new Float64Array(n);
      }
      case "typed_len": return (a[0] as Uint8Array).length;
      case "typed_getitem": return (a[0] as Uint8Array)[this.index(op, a[1] as number, (a[0] as Uint8Array).length)];
      case "typed_setitem":
        (a[0] as Uint8Array)[this.index(op, a[1] as number, (a[0] as Uint8Array).length)] = a[2] as number;
        return undefined;
      case "typed_fill":
        (a[0] as Uint8Array).fill(a[1] as number);
        return undefined;
      // a map's inside (rts/lltype), which rts/rlib/maps is written with
      case "map_new": return new LLMap();
      case "map_size": return (a[0] as LLMap).size;
      case "map_set_size":
        (a[0] as LLMap).size = a[1] as number;
        return undefined;
      case "map_used": return (a[0] as LLMap).used;
      case "map_set_used":
        (a[0] as LLMap).used = a[1] as number;
        return undefined;
      case "map_index_mask": return (a[0] as LLMap).index.length - 1;
      case "map_index_get": return (a[0] as LLMap).index[this.index(op, a[1] as number, (a[0] as LLMap).index.length)];
      case "map_index_set":
        (a[0] as LLMap).index[this.index(op, a[1] as number, (a[0] as LLMap).index.length)] = a[2] as number;
        return undefined;
      case "map_fresh_tables":
        (a[0] as LLMap).freshTables(a[1] as number);
        return undefined;
      case "map_entries": return (a[0] as LLMap).entries;
      // a fresh string being filled (rts/lltype's Units), then finished into a JS string
      case "str_alloc": return newUnits(a[0] as number);
      case "str_copy_units":
        copyUnits(a[0] as string, a[1] as number, a[2] as Units, a[3] as number, a[4] as number);
        return undefined;
      case "str_move_units":
        copyOwnUnits(a[0] as Units, a[1] as number, a[2] as number, a[3] as number);
        return undefined;
      case "str_set_unit":
        setUnit(a[0] as Units, a[1] as number, a[2] as number);
        return undefined;
      case "str_finish": return finishUnits(a[0] as Units);
      // a long concatenation's buffer; a JS string is never a view of one (str_is_view is false)
      case "strbuf_new": return newBuffer(a[0] as number);
      case "strbuf_cap": return bufferCapacity(a[0] as StrBuffer);
      case "strbuf_lo": return bufferStart(a[0] as StrBuffer);
      case "strbuf_used": return bufferEnd(a[0] as StrBuffer);
      case "strbuf_set_lo":
        setBufferStart(a[0] as StrBuffer, a[1] as number);
        return undefined;
      case "strbuf_set_used":
        setBufferEnd(a[0] as StrBuffer, a[1] as number);
        return undefined;
      case "strbuf_copy_units":
        copyUnitsToBuffer(a[0] as string, a[1] as number, a[2] as StrBuffer, a[3] as number, a[4] as number);
        return undefined;
      case "strview_new": return newView(a[0] as StrBuffer, a[1] as number, a[2] as number);
      case "strview_buf": return viewBuffer(a[0] as string);
      case "strview_start": return viewStart(a[0] as string);
      case "mentries_cap": return (a[0] as LLMapEntries).cap;
      case "mentries_next": return (a[0] as LLMapEntries).next;
      case "mentry_state": return (a[0] as LLMapEntries).state[this.entry(op, a)];
      case "mentry_key": return (a[0] as LLMapEntries).keys[this.entry(op, a)];
      case "mentry_value": return (a[0] as LLMapEntries).values[this.entry(op, a)];
      case "mentry_value_found":
        if ((a[1] as number) < 0) this.fatal(op, "Map.get: key not found (the result would be undefined)");
        return (a[0] as LLMapEntries).values[this.entry(op, a)];
      // the stores are rts/lltype's own (its Node model is the llinterp's), with the entry checked
      case "mentry_store":
        storeEntry(a[0] as LLMapEntries, this.entry(op, a), a[2] as number, a[3], a[4]);
        return undefined;
      case "mentry_set_value":
        setEntryValue(a[0] as LLMapEntries, this.entry(op, a), a[2]);
        return undefined;
      case "mentry_clear":
        clearEntry(a[0] as LLMapEntries, this.entry(op, a));
        return undefined;
      case "mentry_move":
        moveEntry(a[0] as LLMapEntries, this.entry(op, a), a[2] as LLMapEntries, this.entry(op, a.slice(2)));
        return undefined;
      case "log_values": {
        // the reference: Node's own util.format of the values rebuilt as JavaScript objects
        const seen = new Map<unknown, unknown>();
        const js = op.args.map((x, i) => toInspectable(this.sim ? this.sim.toModel(a[i], typeOfValue(x)) : a[i], typeOfValue(x), this.rt.an.fe.closureRoot, seen));
        this.io.write(1, format(...js) + "\n");
        return undefined;
      }
      case "json_stringify": {
        // the reference: Node's own JSON.stringify of the value rebuilt as JavaScript objects
        const x = op.args[0];
        const js = toInspectable(this.sim ? this.sim.toModel(a[0], typeOfValue(x)) : a[0], typeOfValue(x), this.rt.an.fe.closureRoot, new Map());
        return JSON.stringify(js, null, (a[1] as string | null) ?? "") as string | undefined; // (the op's string result is made a heap string by the caller)
      }
      case "log": {
        const x = a[0];
        this.io.write(1, (typeof x === "number" && Object.is(x, -0) ? "-0" : x === null ? "null" : String(x)) + "\n");
        return undefined;
      }
      case "os_write": this.io.write(a[0] as number, (a[1] as string | null) ?? "null"); return undefined;
      case "os_write_byte": this.io.writeByte(a[0] as number, a[1] as number); return undefined;
      case "os_read_byte": return this.io.readByte(a[0] as number);
      case "os_read_line": return this.io.readLine();
      case "os_read_file": return this.io.readFile(a[0] as string);
      case "os_file_open": return this.io.openFile(a[0] as string, a[1] as number, a[2] as number);
      case "os_file_read": return this.io.readBytes(a[0] as number, a[1] as number);
      case "os_file_write": return this.io.writeBytes(a[0] as number, (a[1] as string | null) ?? "null");
      case "os_file_close": return this.io.closeFile(a[0] as number);
      case "os_file_seek": return this.io.seekFile(a[0] as number, a[1] as number, a[2] as number);
      case "os_file_errno": return this.io.lastErrno();
      case "os_file_remove": return this.io.removeFile(a[0] as string);
      case "os_file_truncate": return this.io.truncateFile(a[0] as number, a[1] as number);
      case "os_is_terminal": return this.io.isTerminal(a[0] as number);
      case "os_current_directory": return this.io.currentDirectory();
      case "os_clock": return this.io.clock();
      case "os_now": return this.io.now();
      case "os_flush": this.io.flush(); return undefined;
      case "unreachable":
        return this.fatal(op, op.args.length > 0 ? meta<string>(0) : "unreachable code reached (a value was expected from a call that never returns)");
      case "stack_check":
      case "jit_marker":
        return undefined;
    }
    throw new Error(`internal: the llinterp has no implementation of ${op.opname}`);
  }

  /** Entry a[1] of the entries array a[0]: in bounds (a helper bug otherwise). */
  private entry(op: SpaceOperation, a: unknown[]): number {
    const i = a[1] as number;
    if (!(i >= 0 && i < (a[0] as LLMapEntries).cap)) throw new Error(`internal: ${op.opname} at entry ${i} of ${(a[0] as LLMapEntries).cap}`);
    return i;
  }

  private index(op: SpaceOperation, i: number, len: number): number {
    if (i < 0 || i >= len) this.fatal(op, `index ${i} out of bounds (length ${len})`);
    return i;
  }

  /** rts/ll on the simulated memory installed with ll.useMemory (GC code run by the llinterp). */
  private llOp(op: SpaceOperation, a: unknown[]): unknown {
    const name = LL_NAMES.get(op.opname);
    if (!name) throw new Error(`internal: unknown ${op.opname}`);
    try {
      return (ll as unknown as Record<string, (...x: unknown[]) => unknown>)[name](...a);
    } catch (e) {
      if (e instanceof ll.LLFatal) this.fatal(op, e.message.replace(/^fatal error: /, ""));
      throw e;
    }
  }

  /** On the simulated heap: the string operands of an op that reads their contents, as JS strings (returns their addresses). */
  private readStrings(cop: CompiledOp, a: unknown[]): unknown[] {
    const ptrs = a.slice();
    for (const i of cop.strArgs!) {
      if (typeof a[i] === "string") throw new Error(`internal: operand ${i} of ${cop.op.opname} is a JavaScript string on the simulated heap (a string result was not made an object)`);
      a[i] = this.sim!.readString(a[i] as number);
    }
    return ptrs;
  }

  /** A string result as an object: an operand's own when it is the same string (as the C returns it), else a new one. */
  private newString(cop: CompiledOp, v: unknown, a: unknown[], ptrs: unknown[] | null): unknown {
    if (typeof v !== "string") return v;
    if (ptrs) for (const i of cop.strArgs!) if (a[i] === v) return ptrs[i];
    if (!OPS[cop.op.opname]?.canCollect) throw new Error(`internal: ${cop.op.opname} made a new string but the op table says it cannot collect`);
    return this.sim!.newString(v);
  }
}
