// C code for one low-level graph (RPython's translator/c/funcgen.py): one C
// function, one label per block, block arguments become assignments on the
// links, and each low-level operation becomes a C statement.
import { CAN_RAISE, Constant, DEFAULT_CASE, Variable, formatLoc, type Block, type FunctionGraph, type Link, type SpaceOperation, type Value } from "../../framework/flow/model.ts";
import type { ClassLayout, LLType, MethodSlot } from "../../framework/rtyper/lltypes.ts";
import { isPtr, quasiWatcherField } from "../../framework/rtyper/lltypes.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { typeOfValue } from "../../framework/rtyper/values.ts";
import type { GlobalDesc } from "../../framework/flow/descriptors.ts";
import { LL_FUNCTIONS } from "../../framework/frontend/builtins.ts";
import { llOpName } from "../../framework/rtyper/lower.ts";
import { OPS, type CContext, type CForm } from "../../framework/ops/index.ts";
import { CDatabase, cString, ctype, fieldName, intLiteral, wordField } from "./database.ts";
import { variableFamilies, type VariableFamilies } from "../../framework/flow/families.ts";
/** rts/ll operations without a result. */
const LL_VOID = new Set(Object.entries(LL_FUNCTIONS).filter(([, sig]) => sig.result === "").map(([name]) => llOpName(name)));

/** The C statement of an op the table gives the C of (a void call's unused result gets 0). */
function cOfForm(form: CForm, res: string, a: string[], cx: CContext): string {
  if ("infix" in form) return `${res}(${a[0]} ${form.infix} ${a[1]});`;
  if ("expr" in form) return `${res}${form.expr(a, cx)};`;
  if ("stmt" in form) return form.stmt(a, res, cx);
  const call = `${form.call}(${[...a, ...(form.where ? [cx.where()] : [])].join(", ")})`;
  return form.void ? `${call};${res ? ` ${res}0;` : ""}` : `${res}${call};`;
}


export class FunctionEmitter {
  private lines: string[] = [];
  /** One C variable per family: values passed unchanged from block to block need no copies. */
  private families: VariableFamilies;

  constructor(
    private db: CDatabase,
    private f: LLFunction,
    /** Code of the JIT runtime (units.ts): type ids that differ between programs are named, not written as numbers. */
    private library = false,
  ) {
    this.families = variableFamilies(f.graph, (a, b) => ctype(this.type(a)) === ctype(this.type(b)));
  }

  /** C names numbered within the function (not by the graphs' global ids): a function's C does not change when others are added. */
  private names = new Map<number, string>();
  private labels = new Map<Block, string>();

  private name(v: Variable): string {
    const id = this.families.find(v).id;
    let n = this.names.get(id);
    if (n === undefined) this.names.set(id, (n = `v${this.names.size}`));
    return n;
  }

  private label(b: Block): string {
    let n = this.labels.get(b);
    if (n === undefined) this.labels.set(b, (n = `block${this.labels.size}`));
    return n;
  }

  /** A class's type id (or the last of its subclasses'), a number or, in the JIT runtime's code, the name of a constant where it is not stable. */
  private tid(l: ClassLayout, max = false): string {
    if (!this.library || (max ? l.stableTidMax : l.stableTid)) return String(max ? l.tidMax : l.tid);
    return this.db.tidConstant(l, max);
  }

  private val(v: Value, want?: LLType): string {
    if (v instanceof Variable) return this.name(v);
    return this.db.constant(v, want ?? typeOfValue(v));
  }

  private type(v: Value): LLType {
    return typeOfValue(v);
  }

  private where(op: SpaceOperation): string {
    return this.db.loc(op.loc ? formatLoc(op.loc) : this.f.desc.qualname);
  }

  /** The function's declarator, without storage class (units.ts decides it). */
  signature(): string {
    const params = this.f.graph.startblock.inputargs.map((v) => `${ctype(this.type(v))} ${this.name(v)}`);
    return `${ctype(this.f.resultType)} ${this.f.cname}(${params.join(", ") || "void"})`;
  }

  emit(): string {
    const g = this.f.graph;
    const blocks = g.blocks().filter((b) => b !== g.returnblock && b !== g.exceptblock);
    const params = new Set(g.startblock.inputargs.map((v) => this.name(v)));
    const locals = new Map<string, LLType>();
    const local = (v: Variable): void => {
      const n = this.name(v);
      if (!params.has(n) && !locals.has(n)) locals.set(n, this.type(v));
    };
    for (const b of [...blocks, g.returnblock, g.exceptblock]) {
      for (const v of b.inputargs) local(v);
      for (const op of b.operations) local(op.result);
      for (const l of b.exits) if (l.excValue) local(l.excValue);
    }
    const out = [`${this.signature()} {`];
    for (const [n, t] of locals) if (t.k !== "Void") out.push(`  ${ctype(t)} ${n};`);
    for (const b of blocks) {
      this.lines = [];
      this.block(b);
      out.push(`${this.label(b)}:;`, ...this.lines.map((l) => "  " + l));
    }
    const ret = g.returnblock.inputargs[0];
    out.push(`${this.label(g.returnblock)}:`, this.f.resultType.k === "Void" ? "  return 0;" : `  return ${this.name(ret)};`);
    const zero = isPtr(this.f.resultType) ? "NULL" : "0";
    out.push(`${this.label(g.exceptblock)}:`, `  rts_exc = ${this.name(g.exceptblock.inputargs[0])};`, `  return ${zero};`);
    out.push("}");
    return out.join("\n");
  }

  private block(b: Block): void {
    const ops = b.operations;
    for (const op of ops) this.lines.push(this.op(op));
    if (b.exitswitch === CAN_RAISE) {
      const [normal, exc] = b.exits;
      this.lines.push(`if (RTS_UNLIKELY(rts_exc != NULL)) {`);
      this.lines.push(`  ${this.name(exc.excValue!)} = rts_exc; rts_exc = NULL;`);
      this.link(exc, "  ");
      this.lines.push("}");
      this.link(normal, "");
    } else if (b.exitswitch && b.exits.some((l) => l.exitcase === DEFAULT_CASE)) {
      // a multiway switch on an int (transforms/switches.ts)
      this.lines.push(`switch (${this.val(b.exitswitch)}) {`);
      for (const l of b.exits) {
        this.lines.push(l.exitcase === DEFAULT_CASE ? "default:" : `case ${intLiteral(l.exitcase as number)}:`);
        this.link(l, "  ");
      }
      this.lines.push("}");
    } else if (b.exitswitch) {
      const [lf, lt] = b.exits[0].exitcase === false ? b.exits : [b.exits[1], b.exits[0]];
      this.lines.push(`if (${this.val(b.exitswitch)}) {`);
      this.link(lt, "  ");
      this.lines.push("}");
      this.link(lf, "");
    } else if (b.exits.length === 1) {
      this.link(b.exits[0], "");
    }
  }

  /** Assigns the link's values to the target's inputs (in parallel) and jumps. */
  private link(l: Link, indent: string): void {
    const targets = l.target.inputargs;
    const same = (t: Variable, a: Value): boolean => a instanceof Variable && this.name(t) === this.name(a);
    const pairs = l.args.map((a, i) => [targets[i], a] as const).filter(([t, a]) => !same(t, a) && this.type(t).k !== "Void");
    const sources = new Set(pairs.flatMap(([, a]) => (a instanceof Variable ? [this.name(a)] : [])));
    const conflict = pairs.some(([t]) => sources.has(this.name(t)));
    if (conflict) {
      const tmps = pairs.map(([t, a], i) => `${ctype(this.type(t))} tmp${i} = ${this.cast(a, this.type(t))};`);
      this.lines.push(`${indent}{ ${tmps.join(" ")} ${pairs.map(([t], i) => `${this.name(t)} = tmp${i};`).join(" ")} }`);
    } else {
      for (const [t, a] of pairs) this.lines.push(`${indent}${this.name(t)} = ${this.cast(a, this.type(t))};`);
    }
    this.lines.push(`${indent}goto ${this.label(l.target)};`);
  }

  private cast(a: Value, t: LLType): string {
    const s = this.val(a, t);
    return isPtr(t) && !(a instanceof Constant && (a.value === null || a.value === undefined)) ? `(${ctype(t)})${s}` : s;
  }

  private op(op: SpaceOperation): string {
    const rt = this.type(op.result);
    const res = rt.k === "Void" ? "" : `${this.name(op.result)} = `;
    const a = op.args.map((x) => this.val(x));
    const meta = <T>(i: number): T => (op.args[i] as Constant).value as T;
    const w = (): string => this.where(op);
    const form = OPS[op.opname]?.c;
    if (form) return cOfForm(form, res, a, { where: w, type: (i) => this.type(op.args[i]), meta, tid: (l) => this.tid(l) });
    if (op.opname.startsWith("ll_")) {
      const call = `rts_${op.opname}(${a.join(", ")});`;
      return LL_VOID.has(op.opname) ? `${call}${res ? ` ${res}0;` : ""}` : `${res}${call}`;
    }
    switch (op.opname) {
      case "same_as":
      case "cast_pointer":
        return `${res}${this.cast(op.args[0], rt)};`;
      case "none_to_opt": {
        const [n, u] = { OptSigned: ["RTS_INT_NULL", "RTS_INT_UNDEF"], OptFloat: ["RTS_FLOAT_NULL", "RTS_FLOAT_UNDEF"], OptBool: ["RTS_BOOL_NULL", "RTS_BOOL_UNDEF"] }[rt.k as "OptSigned"];
        return `${res}(${a[0]} == NULL ? ${n} : ${u});`;
      }
      case "check_nonnull":
        return `${res}(${ctype(rt)})rts_op_check_nonnull(${a[0]}, ${w()});`;
      case "malloc": {
        const l = meta<ClassLayout>(0);
        return `${res}(struct ${l.cname} *)rts_gc_malloc_fast(${this.tid(l)}, sizeof(struct ${l.cname}));`;
      }
      case "getfield":
        return `${res}${a[0]}->${fieldName(meta<string>(1))};`;
      case "jit_quasi_immut_write": {
        // the watcher's number, if the JIT watches the field: taken, and its traces invalidated (the JIT runtime's export)
        const w = `${a[0]}->${fieldName(quasiWatcherField(meta<string>(1)))}`;
        return `{ int64_t qn = ${w}; if (qn != 0) { ${w} = 0; if (rts_jit_quasi_immut_fire) rts_jit_quasi_immut_fire(qn); } }`;
      }
      case "setfield": {
        const obj = op.args[0];
        const t = this.type(obj);
        const ft = t.k === "Inst" ? t.layout.field(meta<string>(1)).type : this.type(op.args[2]);
        const store = `${a[0]}->${fieldName(meta<string>(1))} = ${this.cast(op.args[2], ft)};`;
        return store; // a pointer store's barrier is an operation of its own (gc_write_barrier)
      }
      case "instanceof": {
        const l = meta<ClassLayout>(1);
        return `${res}rts_op_instanceof(${a[0]}, ${this.tid(l)}, ${this.tid(l, true)});`;
      }
      case "checked_cast": {
        const l = meta<ClassLayout>(1);
        return `${res}(${ctype(rt)})rts_op_checked_cast(${a[0]}, ${this.tid(l)}, ${this.tid(l, true)}, ${cString(l.cls.name)}, ${w()});`;
      }
      case "direct_call": {
        const callee = meta<LLFunction>(0);
        const args = op.args.slice(1).map((x, i) => this.cast(x, callee.argTypes[i]));
        return `${callee.resultType.k === "Void" ? "" : res}${callee.cname}(${args.join(", ")});`;
      }
      case "fnaddr":
        return `${res}(int64_t)(intptr_t)&${meta<LLFunction>(0).cname};`;
      case "indirect_call": {
        // every member of the call family has the signature of meta 0
        const sig = meta<LLFunction>(0);
        const fnType = `${ctype(sig.resultType)} (*)(${sig.argTypes.map(ctype).join(", ")})`;
        const args = op.args.slice(2).map((x, i) => this.cast(x, sig.argTypes[i]));
        return `${sig.resultType.k === "Void" ? "" : res}((${fnType})(intptr_t)${a[1]})(${args.join(", ")});`;
      }
      case "method_call": {
        const slot = meta<MethodSlot>(0);
        const self = a[1];
        const types = [ctype({ k: "Inst", layout: slot.root }), ...slot.argTypes.map(ctype)];
        const fnType = `${ctype(slot.resultType)} (*)(${types.join(", ")})`;
        const args = [`(${types[0]})${self}`, ...op.args.slice(2).map((x, i) => this.cast(x, slot.argTypes[i]))];
        return `${res}((${fnType})rts_vtables[((rts_hdr *)${self})->tid][${slot.index}])(${args.join(", ")});`;
      }
      case "getglobal":
        return `${res}${this.db.global(meta<GlobalDesc>(0))};`;
      case "setglobal": {
        const g = this.db.global(meta<GlobalDesc>(0));
        return `${g} = ${a[1]};`;
      }
      case "list_new": {
        const item = meta<LLType>(0);
        const items = op.args.slice(1);
        const gc = isPtr(item);
        if (items.length === 0) return `${res}rts_list_new(0, ${gc});`;
        // pointer items must survive the allocation (the GC may move them)
        const ptrItems = gc ? items.filter((x): x is Variable => x instanceof Variable) : [];
        const push = ptrItems.map((v, i) => `rts_ss_top[${i}] = ${this.name(v)};`).join(" ");
        const pop = ptrItems.map((v, i) => `${this.name(v)} = (${ctype(this.type(v))})rts_ss_top[${i}];`).join(" ");
        const stores = items.map((x, i) => `${this.name(op.result)}->items->data[${i}].${wordField(item)} = ${this.cast(x, item)};`);
        const pre = ptrItems.length ? `${push} rts_ss_top += ${ptrItems.length}; ` : "";
        const post = ptrItems.length ? ` rts_ss_top -= ${ptrItems.length}; ${pop}` : "";
        const barrier = gc ? ` RTS_WB(${this.name(op.result)}->items);` : "";
        return `${pre}${res}rts_list_new(${items.length}, ${gc});${post} ${stores.join(" ")}${barrier}`;
      }
      case "list_new_filled": {
        const item = meta<LLType>(0);
        return `${res}rts_list_new_filled(${a[1]}, ${isPtr(item)}, (rts_word){.${wordField(item)} = ${this.cast(op.args[2], item)}});`;
      }
      case "list_len":
        return `${res}${a[0]}->len;`;
      case "list_getitem_opt":
      case "typed_getitem_opt": {
        // undefined past the end
        const item = op.opname === "list_getitem_opt" ? `(${ctype(rt)})${a[0]}->items->data[${a[1]}].${wordField(rt)}` : `${a[0]}->data[${a[1]}]`;
        return `${res}(uint64_t)${a[1]} < (uint64_t)${a[0]}->len ? ${item} : ${this.db.value(undefined, rt)};`;
      }
      case "list_getitem":
        return `${res}(${ctype(rt)})rts_op_list_item(${a[0]}, ${a[1]}, ${w()})->${wordField(rt)};`;
      // (a constant — null, undefined, a prebuilt object — is never young: its store needs no write barrier, as barriers.ts's fields)
      case "list_setitem": {
        const t = this.type(op.args[2]);
        if (isPtr(t) && !(op.args[2] instanceof Constant)) return `rts_op_list_set_ptr(${a[0]}, ${a[1]}, ${a[2]}, ${w()});`;
        return `rts_op_list_item(${a[0]}, ${a[1]}, ${w()})->${wordField(t)} = ${a[2]};`;
      }
      case "list_store": {
        const t = this.type(op.args[2]);
        if (isPtr(t) && !(op.args[2] instanceof Constant)) return `rts_op_list_store_ptr(${a[0]}, ${a[1]}, ${a[2]});`;
        return `${a[0]}->items->data[${a[1]}].${wordField(t)} = ${a[2]};`;
      }
      case "typed_new": {
        const tid = { u8: "RTS_TID_U8ARR", i32: "RTS_TID_I32ARR", f64: "RTS_TID_F64ARR" }[meta<string>(0)];
        return `${res}rts_op_typed_new(${tid}, ${a[1]});`;
      }
      case "typed_len":
        return `${res}${a[0]}->len;`;
      case "typed_getitem":
        return `${res}RTS_TYPED_ITEM(${a[0]}, ${a[1]}, ${w()});`;
      case "typed_setitem":
        return `RTS_TYPED_ITEM(${a[0]}, ${a[1]}, ${w()}) = ${a[2]};`;
      case "typed_fill":
        return `for (int64_t i_ = 0; i_ < ${a[0]}->len; i_++) ${a[0]}->data[i_] = ${a[1]};`;
      case "map_new": {
        const t = meta<LLType>(0);
        if (t.k !== "Map") throw new Error("internal: map_new");
        return `${res}rts_map_new(${isPtr(t.key)}, ${isPtr(t.value)});`;
      }
      case "mentry_key":
        return `${res}(${ctype(rt)})${a[0]}->data[${a[1]}].key.${wordField(rt)};`;
      case "mentry_value":
        return `${res}(${ctype(rt)})${a[0]}->data[${a[1]}].value.${wordField(rt)};`;
      case "mentry_value_found":
        return `if (RTS_UNLIKELY(${a[1]} < 0)) rts_fatal("Map.get: key not found (the result would be undefined)", ${w()}); ${res}(${ctype(rt)})${a[0]}->data[${a[1]}].value.${wordField(rt)};`;
      case "mentry_store": {
        const [kt, vt] = [this.type(op.args[3]), this.type(op.args[4])];
        const wb = isPtr(kt) || isPtr(vt) ? `RTS_WB_ITEM(${a[0]}, ${a[1]}); ` : "";
        return `${wb}${a[0]}->data[${a[1]}].state = ${a[2]}; ${a[0]}->data[${a[1]}].key.${wordField(kt)} = ${a[3]}; ${a[0]}->data[${a[1]}].value.${wordField(vt)} = ${a[4]};`;
      }
      case "mentry_set_value": {
        const vt = this.type(op.args[2]);
        return `${isPtr(vt) ? `RTS_WB_ITEM(${a[0]}, ${a[1]}); ` : ""}${a[0]}->data[${a[1]}].value.${wordField(vt)} = ${a[2]};`;
      }
      case "mentry_move": {
        const t = this.type(op.args[0]);
        const m = t.k === "MapIter" ? t.map : null;
        const gc = m?.k === "Map" && (isPtr(m.key) || isPtr(m.value));
        return `${gc ? `RTS_WB_ITEM(${a[2]}, ${a[3]}); ` : ""}${a[2]}->data[${a[3]}] = ${a[0]}->data[${a[1]}];`;
      }
      case "map_key_hash":
        return `${res}rts_key_hash_int(${a[0]});`; // a string's is rts/rlib/strings strHash
      case "log_values": {
        // console.log(a, b, ...) and of non-primitives: the runtime's util.inspect
        const items = op.args.map((x, i) => {
          const t = this.type(x);
          return `{{.${wordField(t)} = ${t.k === "Bool" ? `(int64_t)${a[i]}` : this.cast(x, t)}}, ${this.db.inspect.desc(t)}}`;
        });
        return `{ const rts_logarg la_[] = {${items.join(", ")}}; rts_log_values(${items.length}, la_); }`;
      }
      case "json_stringify": {
        const t = this.type(op.args[0]);
        return `${res}rts_json_stringify((rts_word){.${wordField(t)} = ${t.k === "Bool" ? `(int64_t)${a[0]}` : this.cast(op.args[0], t)}}, ${this.db.inspect.desc(t)}, ${a[1]});`;
      }
      case "log": {
        const t = this.type(op.args[0]);
        const f = { Signed: "rts_log_int", Float: "rts_log_float", Bool: "rts_log_bool", OptSigned: "rts_log_opt_int", OptFloat: "rts_log_opt_float", OptBool: "rts_log_opt_bool" }[t.k as "Signed"] ?? "rts_log_str";
        if (t.k === "NullPtr") return `rts_log_cstr(${a[0]} == NULL ? "null" : "undefined");`;
        return `${f}(${a[0]});`;
      }
      case "stack_check": // raises RangeError; the exception exit that follows handles it
        return `RTS_STACK_CHECK((void)0);`;
      case "jit_marker":
        return `/* ${meta<string>(0)} */`;
      case "unreachable": {
        const why = op.args.length > 0 ? meta<string>(0) : "unreachable code reached (a value was expected from a call that never returns)";
        return `rts_fatal(${cString(why)}, ${w()});`;
      }
    }
    throw new Error(`internal: the C backend has no template for ${op.opname}`);
  }
}

/**
 * The functions called only from blocks that raise (an error message's
 * String(int), say): gcc would inline one called once into its caller, a
 * hot loop, and allocate that loop's registers worse (bf: +10% instructions).
 */
export function coldCallees(functions: LLFunction[]): Set<LLFunction> {
  const hot = new Set<LLFunction>();
  const cold = new Set<LLFunction>();
  for (const f of functions) {
    const raising = raisingOnly(f.graph);
    for (const b of f.graph.blocks()) {
      for (const op of b.operations) {
        if (op.opname !== "direct_call") continue;
        const callee = (op.args[0] as Constant).value as LLFunction;
        (raising.has(b) ? cold : hot).add(callee);
      }
    }
  }
  for (const f of hot) cold.delete(f);
  return cold;
}

/**
 * The blocks from which every path raises out of the function (building
 * an error message, say).  (Labelling them cold for gcc moved bf's hot
 * loop: 12% slower on the same instructions; the exception tests already
 * say RTS_UNLIKELY.)
 */
function raisingOnly(g: FunctionGraph): Set<Block> {
  const raising = new Set<Block>([g.exceptblock]);
  const blocks = g.blocks();
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of blocks) {
      if (raising.has(b) || b === g.returnblock || b.exits.length === 0) continue;
      if (b.exits.every((l) => raising.has(l.target))) {
        raising.add(b);
        changed = true;
      }
    }
  }
  return raising;
}
