// The tables console.log needs (runtime/inspect.c): one rts_idesc per
// low-level type printed, and rts_inspect_classes[tid] with each class's
// JavaScript name and the fields Node would show, in Node's order.
import type { LLType } from "../../framework/rtyper/lltypes.ts";
import type { RTyper } from "../../framework/rtyper/rtyper.ts";
import { jsClassName, jsFieldOrder, jsFunctionName } from "../../framework/rtyper/printing.ts";
import { isBoxClass, isSymbolClass } from "../../framework/flow/descriptors.ts";
import { cString, fieldName, type CDatabase } from "./database.ts";

/** A string that identifies a low-level type. */
function typeKey(t: LLType): string {
  switch (t.k) {
    case "List":
      return `List<${typeKey(t.item)}>`;
    case "Map":
      return `${t.isSet ? "Set" : t.dict ? "Dict" : "Map"}<${typeKey(t.key)},${typeKey(t.value)}>`;
    case "Typed":
      return `Typed<${t.elem}>`;
    case "Inst":
      return `Inst<${t.layout.cname}>`;
    case "MapIter":
      return `MapIter<${typeKey(t.map)}>`;
  }
  return t.k;
}

export class InspectTables {
  private descs = new Map<string, string>();

  constructor(
    private rt: RTyper,
    private db: CDatabase,
  ) {}

  private isFunction(t: LLType): boolean {
    if (t.k !== "Inst") return false;
    const root = this.rt.an.fe.closureRoot;
    return t.layout.cls === root || t.layout.cls.base === root;
  }

  /** The C expression of the descriptor of values of type t. */
  desc(t: LLType): string {
    const key = typeKey(t);
    let n = this.descs.get(key);
    if (n) return `&${n}`;
    n = this.db.named("idesc_", key);
    this.descs.set(key, n);
    let kind: string;
    let item = "NULL";
    let value = "NULL";
    switch (t.k) {
      case "Signed": kind = "RTS_I_INT"; break;
      case "Float": kind = "RTS_I_FLOAT"; break;
      case "Bool": kind = "RTS_I_BOOL"; break;
      case "OptSigned": kind = "RTS_I_OPTINT"; break;
      case "OptFloat": kind = "RTS_I_OPTFLOAT"; break;
      case "OptBool": kind = "RTS_I_OPTBOOL"; break;
      case "Str": kind = "RTS_I_STR"; break;
      case "List":
        kind = "RTS_I_LIST";
        item = this.desc(t.item);
        break;
      case "Typed":
        kind = { u8: "RTS_I_U8", i32: "RTS_I_I32", f64: "RTS_I_F64" }[t.elem];
        break;
      case "Map":
        kind = t.isSet ? "RTS_I_SET" : t.dict ? "RTS_I_DICT" : "RTS_I_MAP";
        item = this.desc(t.key);
        if (!t.isSet) value = this.desc(t.value);
        break;
      case "Inst":
        kind = this.isFunction(t) ? "RTS_I_FUNC" : t.layout.cls.tuple ? "RTS_I_TUPLE" : "RTS_I_INST";
        break;
      default:
        kind = "RTS_I_NONE";
    }
    this.db.define(n, `const rts_idesc ${n}`, `= {${kind}, ${item}, ${value}}`, true);
    return `&${n}`;
  }

  /** rts_inspect_classes: every class by type id. */
  classes(): string {
    const out: string[] = [];
    const rows: string[] = [];
    let maxTid = 16;
    for (const l of this.rt.layouts.values()) {
      maxTid = Math.max(maxTid, l.tid + 1);
      const fn = l.cls.closureOf;
      const name = fn ? jsFunctionName(fn) : jsClassName(l.cls);
      const fields = fn ? [] : jsFieldOrder(l).map((f) => l.field(f));
      const tuple = l.cls.tuple;
      const absent = (name: string): boolean => l.cls.lookupField(name)?.absentWhenUndefined ?? false;
      const list = fields.map((f) => `{${cString(tuple ? f.name.slice(1) : f.name)}, offsetof(struct ${l.cname}, ${fieldName(f.name)}), ${this.desc(f.type)}, ${absent(f.name)}}`);
      if (list.length > 0) out.push(`static const rts_ifield ifields_${l.cname}[] = {${list.join(", ")}};`);
      out.push(`static const rts_iclass iclass_${l.cname} = {${cString(tuple ? "" : name)}, ${list.length}, ${list.length > 0 ? `ifields_${l.cname}` : "NULL"}, ${isBoxClass(l.cls) && list.length === 1}, ${isSymbolClass(l.cls)}};`);
      rows.push(`  [${l.tid}] = &iclass_${l.cname}`);
    }
    return [...out, `const rts_iclass *const rts_inspect_classes[${maxTid}] = {\n${rows.join(",\n")}\n};`].join("\n");
  }
}
