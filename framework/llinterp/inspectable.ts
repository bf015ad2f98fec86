// console.log in the llinterp: the low-level values rebuilt as the
// JavaScript values they stand for (arrays, Maps, instances of classes of
// the same name and fields in the same order, functions of the same name),
// so Node's own util.format prints them — the reference the C runtime's
// inspect.c is tested against.
import type { ClassDesc } from "../flow/descriptors.ts";
import type { LLType } from "../rtyper/lltypes.ts";
import { jsClassName, jsFieldOrder, jsFunctionName } from "../rtyper/printing.ts";
import { isBoxClass, isSymbolClass } from "../flow/descriptors.ts";
import { LLInstance, LLList, LLMap } from "./values.ts";

const classes = new Map<string, { prototype: object }>();

/** A JavaScript class named `name` (util.inspect prints the constructor's name). */
function classNamed(name: string): { prototype: object } {
  let c = classes.get(name);
  if (!c) {
    c = { [name]: class {} }[name];
    classes.set(name, c);
  }
  return c;
}

export function toInspectable(v: unknown, t: LLType, closureRoot: ClassDesc, seen: Map<unknown, unknown>): unknown {
  if (v === null || v === undefined || typeof v !== "object") return v;
  if (seen.has(v)) return seen.get(v);
  if (v instanceof LLList && t.k === "List") {
    const out: unknown[] = [];
    seen.set(v, out);
    for (const x of v.items) out.push(toInspectable(x, t.item, closureRoot, seen));
    return out;
  }
  if (v instanceof LLMap && t.k === "Map" && t.dict) {
    // an object used as a map: a plain object (JavaScript orders its keys)
    const obj: Record<string, unknown> = {};
    seen.set(v, obj);
    for (const [k, x] of v.live()) obj[k as string] = toInspectable(x, t.value, closureRoot, seen);
    return obj;
  }
  if (v instanceof LLMap && t.k === "Map") {
    const entries: [unknown, unknown][] = [];
    for (const [k, x] of v.live()) entries.push([toInspectable(k, t.key, closureRoot, seen), toInspectable(x, t.value, closureRoot, seen)]);
    const m = t.isSet ? new Set(entries.map(([k]) => k)) : new Map(entries);
    seen.set(v, m);
    return m;
  }
  if (v instanceof LLInstance) {
    const layout = v.layout;
    if (layout.cls.closureOf || layout.cls === closureRoot) {
      const f = function () {};
      Object.defineProperty(f, "name", { value: layout.cls.closureOf ? jsFunctionName(layout.cls.closureOf) : "" });
      seen.set(v, f);
      return f;
    }
    // a symbol (rts/rlib/values SymbolValue) prints as one
    if (isSymbolClass(layout.cls)) {
      const s = Symbol(v.fields.description as string | undefined);
      seen.set(v, s);
      return s;
    }
    // a primitive boxed in a value union (rts/rlib/values) prints as itself
    if (isBoxClass(layout.cls)) return toInspectable(v.fields.value, layout.field("value").type, closureRoot, seen);
    if (layout.cls.tuple) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const f of layout.fields) {
        // optional elements left out (`[string, number?]`)
        if (v.fields[f.name] === undefined && layout.cls.lookupField(f.name)?.absentWhenUndefined) break;
        out.push(toInspectable(v.fields[f.name], f.type, closureRoot, seen));
      }
      return out;
    }
    const obj = (layout.cls.record ? {} : Object.create(classNamed(jsClassName(layout.cls)).prototype)) as Record<string, unknown>;
    seen.set(v, obj);
    for (const name of jsFieldOrder(layout)) {
      const x = toInspectable(v.fields[name], layout.field(name).type, closureRoot, seen);
      // a record's optional property its literal left out is no property while undefined
      if (x === undefined && layout.cls.lookupField(name)?.absentWhenUndefined) continue;
      obj[name] = x;
    }
    return obj;
  }
  return v; // typed arrays are themselves
}
