// The C database (RPython's translator/c/database.py): C names and types for
// low-level types, class structs, vtables, the GC type table, prebuilt
// constants (objects built at init time, frozen into static data) and
// module globals.
import { Constant } from "../../framework/flow/model.ts";
import type { ClassLayout, LLType } from "../../framework/rtyper/lltypes.ts";
import { OptSentinel, isPtr } from "../../framework/rtyper/lltypes.ts";
import { FIRST_CLASS_TID, type RTyper } from "../../framework/rtyper/rtyper.ts";
import type { GlobalDesc } from "../../framework/flow/descriptors.ts";
import { InspectTables } from "./inspect.ts";
import { contentHash } from "../../framework/translator/cache.ts";
import type { CStruct } from "./units.ts";
import { BUILTIN_ITEMS, builtinLayouts } from "../../framework/rtyper/layout.ts";
import { typeTable, type TypeInfo } from "../../framework/rtyper/typetable.ts";
import type { LLConstValue, LLPrebuilt } from "../../framework/rtyper/prebuilt.ts";

export function ctype(t: LLType): string {
  switch (t.k) {
    case "Signed":
      return "int64_t";
    case "Float":
      return "double";
    case "Bool":
      return "bool";
    case "OptSigned":
    case "OptBool":
      return "int64_t";
    case "OptFloat":
      return "double";
    case "Void":
      return "int";
    case "NullPtr":
      return "void *";
    case "Str":
      return "rts_str *";
    case "List":
      return "rts_list *";
    case "Typed":
      return { u8: "rts_u8arr *", i32: "rts_i32arr *", f64: "rts_f64arr *" }[t.elem];
    case "Map":
      return "rts_map *";
    case "MapIter":
      return "rts_mentries *";
    case "Inst":
      return `struct ${t.layout.cname} *`;
  }
}

/** Which member of rts_word holds a value of this type. */
export function wordField(t: LLType): "i" | "f" | "p" {
  return t.k === "Float" || t.k === "OptFloat" ? "f" : isPtr(t) ? "p" : "i";
}

export function cString(s: string): string {
  let out = '"';
  for (const ch of Buffer.from(s, "utf8")) {
    if (ch === 0x22 || ch === 0x5c) out += "\\" + String.fromCharCode(ch);
    else if (ch >= 0x20 && ch < 0x7f && ch !== 0x3f) out += String.fromCharCode(ch);
    else out += "\\" + ch.toString(8).padStart(3, "0");
  }
  return out + '"';
}

export function floatLiteral(x: number): string {
  if (Number.isNaN(x)) return "NAN";
  if (x === Infinity) return "INFINITY";
  if (x === -Infinity) return "(-INFINITY)";
  if (Object.is(x, -0)) return "(-0.0)";
  const s = String(x);
  return /[.eE]/.test(s) ? s : s + ".0";
}

/**
 * An object of the program's static data, defined in the first translation
 * unit (units.ts) and declared in the others that use it.
 */
export interface CData {
  readonly name: string;
  /** Its declaration without storage class (`rts_list pb_HASH`; strings have struct tags, `struct str_HASH_s str_HASH`, for other units to declare). */
  readonly decl: string;
  /** Its definition without storage class. */
  readonly def: string;
  /** Declared before all definitions: data that may refer to each other in cycles. */
  readonly forward?: boolean;
}

export class CDatabase {
  readonly structs: CStruct[] = []; // the classes' structs (each unit defines those it names)
  readonly checks: string[] = []; // static assertions of the layouts, in the first unit
  readonly data: CData[] = []; // static data, in definition order
  readonly init: string[] = []; // statements run before main (prebuilt maps)
  readonly prebuiltRoots: string[] = []; // expressions of prebuilt objects the GC must scan
  readonly globalRoots: string[] = []; // addresses of pointer globals
  private strings = new Map<string, string>();
  private objects = new Map<LLPrebuilt, string>();
  private globals = new Map<GlobalDesc, string>();
  private locs = new Map<string, string>();

  /** console.log's type descriptors and class tables (inspect.ts). */
  readonly inspect: InspectTables;

  constructor(
    readonly rt: RTyper,
    /** The target's word size: the layouts the toolkit computes (framework/rtyper/layout.ts). */
    readonly wordSize = 8,
    /** The GC's flags of a prebuilt object that may hold pointers (GcLowering.prebuiltFlags). */
    private readonly prebuiltFlags = 0,
  ) {
    this.inspect = new InspectTables(rt, this);
  }

  /**
   * A name made from what the datum is (a hash of its text), not from when
   * it was first used: a function's C, and so its unit's object file, does
   * not change when the program around it does (units.ts).
   */
  named(prefix: string, content: string): string {
    const base = `${prefix}${contentHash(content).slice(0, 12)}`;
    let name = base;
    // (objects of the same contents: numbered in the order met, from where the last one left off)
    for (let i = this.contentCount.get(base) ?? 2; this.contentNames.has(name); i++) {
      name = `${base}_${i}`;
      this.contentCount.set(base, i + 1);
    }
    this.contentNames.add(name);
    return name;
  }
  private contentNames = new Set<string>();
  private contentCount = new Map<string, number>();

  // ---- classes --------------------------------------------------------------------
  emitClasses(): void {
    for (const l of this.rt.layouts.values()) {
      const fields = l.fields.map((f) => `  ${ctype(f.type)} ${fieldName(f.name)};`).join("\n");
      this.structs.push({ name: l.cname, def: `struct ${l.cname} {\n  rts_hdr hdr;\n${fields}\n};` });
      // the C compiler must agree with the toolkit's layout (the GC, the llinterp and the JIT use its numbers)
      const m = l.memory(this.wordSize);
      const checks = [`sizeof(struct ${l.cname}) == ${m.size}`, ...l.fields.map((f) => `offsetof(struct ${l.cname}, ${fieldName(f.name)}) == ${m.offsets.get(f.name)}`)];
      this.checks.push(`_Static_assert(${checks.join(" && ")}, "layout of ${l.cname}");`);
    }
  }

  /** Static assertions that the runtime's C structs have the toolkit's layouts. */
  builtinLayoutChecks(): string {
    const out = [`_Static_assert(sizeof(void *) == ${this.wordSize}, "word size");`];
    for (const [t, m] of builtinLayouts(this.wordSize)) {
      const checks = [...m.offsets].map(([f, o]) => `offsetof(${t}, ${f}) == ${o}`);
      const items = BUILTIN_ITEMS[t];
      if (items) checks.push(`offsetof(${t}, ${items}) == ${m.size}`, `sizeof(((${t} *)0)->${items}[0]) == ${m.itemSize}`);
      else checks.push(`sizeof(${t}) == ${m.size}`);
      out.push(`_Static_assert(${checks.join(" && ")}, "layout of ${t}");`);
    }
    return out.join("\n") + "\n";
  }

  /** The type table, every row computed by the toolkit (rtyper/typetable.ts): the runtime's types', then the classes'. */
  typeInfoTable(): string {
    const table = typeTable(this.rt.layouts.values(), this.wordSize);
    const tids = [...Array(FIRST_CLASS_TID).keys(), ...[...this.rt.layouts.values()].map((l) => l.tid)];
    const entries = tids.map((tid) => `  [${tid}] = ${cTypeInfoRow(table[tid])}`);
    return `const rts_typeinfo rts_typeinfos[] = {\n${entries.join(",\n")}\n};\nconst uint32_t rts_typeinfo_count = ${Math.max(...tids) + 1};\n`;
  }

  /** The vtables of the classes and rts_vtables, the table of them by type id (which method calls read). */
  emitVtables(): void {
    const rows: string[] = [];
    for (const l of this.rt.layouts.values()) {
      if (l.vtable.length === 0) continue;
      const items = l.vtable.map((f) => (f ? `(void *)${this.rt.llfunction(f).cname}` : "NULL"));
      this.define(`vt_${l.cname}`, `void *const vt_${l.cname}[]`, `= {${items.join(", ")}}`);
      rows.push(`  [${l.tid}] = vt_${l.cname}`);
    }
    const maxTid = Math.max(16, ...[...this.rt.layouts.values()].map((l) => l.tid + 1));
    // (declared without its length: the units that read it stay the same when the program has more classes)
    this.data.push({ name: "rts_vtables", decl: "void *const *const rts_vtables[]", def: `void *const *const rts_vtables[${maxTid}] = {\n${rows.join(",\n")}\n}` });
  }

  /** A datum: its declaration, and the rest of its definition (an initializer; a struct's body, for a tagged struct). */
  define(name: string, decl: string, init: string, forward = false): void {
    this.data.push({ name, decl, def: init ? `${decl} ${init}` : decl, forward });
  }

  /**
   * A datum of a struct type of its own (a string's or an array's length):
   * tagged `struct NAME_s`, so that other units can declare it incomplete.
   */
  private defineTagged(name: string, members: string, init: string): void {
    this.data.push({ name, decl: `struct ${name}_s ${name}`, def: `struct ${name}_s { ${members} } ${name} = ${init}` });
  }

  /** A constant holding a class's type id (or its subclasses' last): for code whose C must not change with it (FunctionEmitter.tid). */
  tidConstant(l: ClassLayout, max: boolean): string {
    const n = `${max ? "tidmax" : "tid"}_${l.cname}`;
    if (!this.contentNames.has(n)) {
      this.contentNames.add(n);
      this.define(n, `const uint32_t ${n}`, `= ${max ? l.tidMax : l.tid}`);
    }
    return n;
  }

  // ---- locations -------------------------------------------------------------------
  loc(where: string): string {
    let n = this.locs.get(where);
    if (!n) {
      n = this.named("loc_", where);
      this.locs.set(where, n);
      this.define(n, `const char ${n}[]`, `= ${cString(where)}`);
    }
    return n;
  }

  // ---- constants ----------------------------------------------------------------------
  constant(c: Constant, t: LLType): string {
    return this.value(c.value, t);
  }

  value(x: unknown, t: LLType): string {
    if (x === null || x === undefined) {
      // null is NULL, undefined a sentinel object (docs/internals.md)
      if (isPtr(t)) return x === null ? "NULL" : `((${ctype(t)})&rts_undefined)`;
      if (t.k === "OptSigned") return x === null ? "RTS_INT_NULL" : "RTS_INT_UNDEF";
      if (t.k === "OptFloat") return x === null ? "RTS_FLOAT_NULL" : "RTS_FLOAT_UNDEF";
      if (t.k === "OptBool") return x === null ? "RTS_BOOL_NULL" : "RTS_BOOL_UNDEF";
      return t.k === "Float" ? "0.0" : "0";
    }
    switch (t.k) {
      case "OptSigned":
        return this.value(x, { k: "Signed" });
      case "OptFloat":
        return this.value(x, { k: "Float" });
      case "OptBool":
        return x ? "1" : "0";
      case "Signed":
        return typeof x === "boolean" ? (x ? "1" : "0") : intLiteral(x as number);
      case "Float":
        return floatLiteral(x as number);
      case "Bool":
        return x ? "true" : "false";
      case "Void":
        return "0";
    }
    if (typeof x === "string") return t.k === "Str" ? this.str(x) : `((${ctype(t)})${this.str(x)})`;
    return this.object(x as object, t);
  }

  str(s: string): string {
    let n = this.strings.get(s);
    if (!n) {
      n = this.named("str_", s);
      this.strings.set(s, n);
      const units: number[] = [];
      for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
      // writable: the hash is cached in the object
      this.defineTagged(n, `rts_hdr hdr; int64_t len; int64_t hash; rts_char chars[${Math.max(1, units.length)}];`, `{{RTS_TID_STR, RTS_GCFLAG_PREBUILT}, ${units.length}, 0, {${units.join(",") || "0"}}}`);
    }
    return `((rts_str *)&${n})`;
  }

  private object(x: object, t: LLType): string {
    return `((${ctype(t)})${this.prebuiltObject(this.rt.prebuilt.of(x, t))})`;
  }

  /** A C expression of the static object made for a prebuilt one (once per prebuilt object: identity is kept). */
  private prebuiltObject(p: LLPrebuilt): string {
    const known = this.objects.get(p);
    if (known) return known;
    const n = this.named("pb_", prebuiltKey(p));
    switch (p.kind) {
      case "list": {
        const expr = `(&${n})`;
        this.objects.set(p, expr);
        const items = p.items.map((v) => (v instanceof OptSentinel ? `{.i = ${sentinelWord(v)}}` : `{.${wordField(p.item)} = ${this.constValue(v, p.item)}}`));
        const gc = isPtr(p.item);
        this.defineTagged(`${n}_items`, `rts_hdr hdr; int64_t cap; rts_word data[${Math.max(1, items.length)}];`,
          `{{${gc ? "RTS_TID_ITEMS_GC" : "RTS_TID_ITEMS_RAW"}, ${gc ? this.withPointers() : "RTS_GCFLAG_PREBUILT"}}, ${items.length}, {${items.join(", ") || "{.i = 0}"}}}`);
        this.define(n, `rts_list ${n}`, `= {{RTS_TID_LIST, ${this.withPointers()}}, ${items.length}, (rts_items *)&${n}_items}`, true);
        this.prebuiltRoots.push(`&${n}`);
        if (gc) this.prebuiltRoots.push(`&${n}_items`);
        return expr;
      }
      case "typed": {
        const [tid, ct] = { u8: ["RTS_TID_U8ARR", "uint8_t"], i32: ["RTS_TID_I32ARR", "int32_t"], f64: ["RTS_TID_F64ARR", "double"] }[p.elem];
        const vals = Array.from(p.values, (v) => (p.elem === "f64" ? floatLiteral(v) : String(v)));
        this.defineTagged(n, `rts_hdr hdr; int64_t len; ${ct} data[${Math.max(1, vals.length)}];`, `{{${tid}, RTS_GCFLAG_PREBUILT}, ${vals.length}, {${vals.join(",") || "0"}}}`);
        const expr = `(&${n})`;
        this.objects.set(p, expr);
        return expr;
      }
      case "instance":
      case "closure": {
        const l = p.layout;
        const expr = `(&${n})`;
        this.objects.set(p, expr);
        const code = p.kind === "closure" && p.fn ? `(int64_t)(intptr_t)&${p.fn.cname}` : "0";
        const fields = p.kind === "closure" ? [`.f_fn = ${code}`] : l.fields.map((f, i) => `.${fieldName(f.name)} = ${this.constValue(p.fields[i], f.type)}`);
        // (a key of a prebuilt map has its identity number from translation time)
        const id = p.kind === "instance" ? p.identity : 0;
        const flags = id ? `${this.withPointers()} | (${id}u << RTS_IDENTITY_SHIFT)` : this.withPointers();
        this.define(n, `struct ${l.cname} ${n}`, `= {{${l.tid}, ${flags}}${fields.length ? ", " + fields.join(", ") : ""}}`, true);
        this.prebuiltRoots.push(`&${n}`);
        return expr;
      }
      case "map": {
        // laid out by the rtyper (rts/rlib/maps on Node: the same hashes and probes as at run time)
        const { layout: m, key, value } = p;
        const expr = `(&${n})`;
        this.objects.set(p, expr);
        const gcKey = isPtr(key);
        const gcValue = isPtr(value) && !p.isSet;
        const word = (v: LLConstValue, t: LLType): string => `{.${wordField(t)} = ${this.constValue(v, t)}}`;
        const entries = Array.from({ length: m.used }, (_, i) => {
          const e = m.entries;
          if (e.state[i] === 0) return "{0, {0}, {0}}";
          return `{${e.state[i]}, ${word(e.keys[i] as LLConstValue, key)}, ${p.isSet ? "{0}" : word(e.values[i] as LLConstValue, value)}}`;
        });
        const tid = `RTS_TID_MENTRIES_${gcKey ? 1 : 0}${gcValue ? 1 : 0}`;
        this.defineTagged(`${n}_entries`, `rts_hdr hdr; int64_t cap; void *next; rts_mentry data[${m.entries.cap}];`,
          `{{${tid}, ${this.withPointers()}}, ${m.entries.cap}, NULL, {${entries.join(", ") || "{0, {0}, {0}}"}}}`);
        this.defineTagged(`${n}_index`, `rts_hdr hdr; int64_t cap; int64_t slots[${m.index.length}];`, `{{RTS_TID_MINDEX, RTS_GCFLAG_PREBUILT}, ${m.index.length}, {${m.index.join(",")}}}`);
        this.define(n, `rts_map ${n}`, `= {{RTS_TID_MAP, ${this.withPointers()}}, ${m.size}, ${m.used}, ${(gcKey ? 1 : 0) | (isPtr(value) ? 2 : 0)}, ` +
          `(rts_mentries *)&${n}_entries, (rts_mindex *)&${n}_index}`, true);
        this.prebuiltRoots.push(`&${n}`);
        this.prebuiltRoots.push(`&${n}_entries`); // its next pointer
        return expr;
      }
    }
  }

  /** The header flags of a prebuilt object that may hold pointers (those without keep RTS_GCFLAG_PREBUILT alone). */
  private withPointers(): string {
    return this.prebuiltFlags === 0 ? "RTS_GCFLAG_PREBUILT" : `(RTS_GCFLAG_PREBUILT | ${this.prebuiltFlags}u)`;
  }

  /** The C of a value inside a prebuilt object. */
  private constValue(v: LLConstValue, t: LLType): string {
    if (v instanceof OptSentinel) return this.value(v.value, { k: v.type });
    return v !== null && typeof v === "object" ? `((${ctype(t)})${this.prebuiltObject(v)})` : this.value(v, t);
  }

  // ---- globals ------------------------------------------------------------------------
  global(g: GlobalDesc): string {
    let n = this.globals.get(g);
    if (!n) {
      n = this.named(`g_${g.name.replace(/\W/g, "_")}_`, `${g.file.split("/").pop()}:${g.name}`);
      this.globals.set(g, n);
      const slot = this.rt.an.globals.get(g);
      const t = this.rt.lltype(slot?.ann);
      this.define(n, `${ctype(t)} ${n}`, "");
      this.init.push(`${n} = ${this.value(g.value, t)};`);
      if (isPtr(t)) this.globalRoots.push(`(void **)&${n}`);
    }
    return n;
  }
}

/**
 * What a prebuilt object holds, for its C name: its type and values, with
 * the objects it points to by their types only (objects may form cycles).
 */
function prebuiltKey(p: LLPrebuilt): string {
  const shallow = (v: LLConstValue): string => {
    if (v instanceof OptSentinel) return `${v.type}:${v.value}`;
    if (v === null || typeof v !== "object") return typeof v === "string" ? JSON.stringify(v) : String(v);
    if (v.kind === "instance" || v.kind === "closure") return `@${v.kind}:${v.layout.cname}`;
    return `@${v.kind}`;
  };
  switch (p.kind) {
    case "list":
      return `list ${ctype(p.item)} [${p.items.map(shallow).join(",")}]`;
    case "typed":
      return `typed ${p.elem} [${Array.from(p.values).join(",")}]`;
    case "instance":
      return `instance ${p.layout.cname} ${p.identity} {${p.fields.map(shallow).join(",")}}`;
    case "closure":
      return `closure ${p.layout.cname} ${p.fn?.cname ?? ""}`;
    case "map": {
      const e = p.layout.entries;
      const entries = Array.from({ length: p.layout.used }, (_, i) => (e.state[i] === 0 ? "-" : `${shallow(e.keys[i] as LLConstValue)}:${p.isSet ? "" : shallow(e.values[i] as LLConstValue)}`));
      return `map ${ctype(p.key)} ${ctype(p.value)} {${entries.join(",")}}`;
    }
  }
}

/** The word of an optional value's null or undefined (the JIT's constant pools hold it as a plain word). */
function sentinelWord(s: OptSentinel): string {
  const which = s.value === null ? "NULL" : "UNDEF";
  if (s.type === "OptFloat") return `(int64_t)RTS_FLOAT_${which}_BITS`;
  return s.type === "OptSigned" ? `RTS_INT_${which}` : `RTS_BOOL_${which}`;
}

/** A C literal of an int: the exact integer value of the double (String() would round it beyond 2^53). */
export function intLiteral(v: number): string {
  const n = BigInt(Math.trunc(v));
  return n === -(1n << 63n) ? "INT64_MIN" : `INT64_C(${n})`;
}

/**
 * The C member of a field: f_x, and fp_x for the private field #x (a class
 * may have both); a record's property that is no C name (`"+"`, `"a-b"`) is
 * fx_ with every character other than a letter or digit written as _hex_.
 */
export function fieldName(name: string): string {
  if (/^#?[A-Za-z0-9_$]+$/.test(name)) return name.startsWith("#") ? `fp_${name.slice(1)}` : `f_${name}`;
  return `fx_${name.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** One row of the type table as a C initializer of rts.h's rts_typeinfo. */
export function cTypeInfoRow(t: TypeInfo): string {
  const pointers = [...(t.pointers ?? []), 0].join(", "); // 0-terminated
  const itemPointers = [...(t.itemPointers ?? []), "0xFFFF"].join(", ");
  return `{${cString(t.name)}, ${t.fixedSize}, ${t.itemSize ?? 0}, ${t.lengthOffset ?? 0}, RTS_OFS_(${pointers}), RTS_OFS_(${itemPointers})}`;
}
