// The type table (RPython's gcdata typeinfo): for every type id, an
// object's fixed size, its item size and where its item count lives, and the
// offsets of the GC pointers in it, computed from the toolkit's layouts
// (layout.ts).  The GCs read only this; the llinterp's simulated heap
// (llinterp/simheap.ts) is built on it, and the C backend emits it whole
// (database.ts typeInfoTable; tests/unit/typetable.test.ts reads it back
// through rts.h's rts_typeinfo).
import { builtinLayouts, type StructLayout } from "./layout.ts";
import { isPtr, type ClassLayout } from "./lltypes.ts";
import type { SimType } from "../rlib/llsim.ts";

/** The runtime's type ids (rts.h); program classes start at FIRST_CLASS. */
export const TID = {
  NONE: 0,
  STR: 1,
  ITEMS_RAW: 2,
  ITEMS_GC: 3,
  LIST: 4,
  U8ARR: 5,
  I32ARR: 6,
  F64ARR: 7,
  MAP: 8,
  /** MENTRIES + 2 when keys are GC pointers (strings), + 1 when values are. */
  MENTRIES: 9,
  MINDEX: 13,
  STRBUF: 14,
  STRVIEW: 15,
  FIRST_CLASS: 16,
} as const;

/** One row of the type table (the shape of C's rts_typeinfo; llsim.ts's memory reads it). */
export type TypeInfo = SimType;

function fieldNames(m: StructLayout): Record<number, string> {
  return Object.fromEntries([...m.offsets].map(([name, ofs]) => [ofs, name]));
}

function varsized(name: string, m: StructLayout, itemPointers: number[] = []): TypeInfo {
  return { name, fixedSize: m.size, itemSize: m.itemSize, lengthOffset: m.lengthOffset, pointers: [], itemPointers, fields: fieldNames(m) };
}

function fixed(name: string, m: StructLayout, pointers: string[]): TypeInfo {
  return { name, fixedSize: m.size, pointers: pointers.map((f) => m.offsets.get(f)!), fields: fieldNames(m) };
}

/** The table for the runtime's types and the program's classes (`layouts`), for a word size. */
export function typeTable(layouts: Iterable<ClassLayout>, wordSize: number): TypeInfo[] {
  const b = builtinLayouts(wordSize);
  const get = (n: string): StructLayout => b.get(n)!;
  const word = wordSize;
  const entries = (x: number, y: number): TypeInfo => {
    const m = get("rts_mentries");
    const items = [...(x ? [word] : []), ...(y ? [2 * word] : [])]; // an entry: state, key word, value word
    return { ...varsized(`mentries_${x}${y}`, m, items), pointers: [m.offsets.get("next")!] };
  };
  const table: TypeInfo[] = [
    { name: "none", fixedSize: 16 },
    varsized("str", get("rts_str")),
    varsized("items_raw", get("rts_items")),
    varsized("items_gc", get("rts_items"), [0]),
    fixed("list", get("rts_list"), ["items"]),
    varsized("u8arr", get("rts_u8arr")),
    varsized("i32arr", get("rts_i32arr")),
    varsized("f64arr", get("rts_f64arr")),
    fixed("map", get("rts_map"), ["entries", "index"]),
    entries(0, 0),
    entries(0, 1),
    entries(1, 0),
    entries(1, 1),
    varsized("mindex", get("rts_mindex")),
    varsized("strbuf", get("rts_strbuf")),
    fixed("str", get("rts_strview"), ["buf"]),
  ];
  for (const l of layouts) {
    const m = l.memory(wordSize);
    table[l.tid] = { name: l.cls.name, fixedSize: m.size, pointers: l.fields.filter((f) => isPtr(f.type)).map((f) => m.offsets.get(f.name)!), fields: fieldNames(m) };
  }
  for (let i = 0; i < table.length; i++) table[i] ??= { name: "none", fixedSize: 16 };
  return table;
}
