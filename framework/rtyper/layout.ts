// Memory layouts computed by the toolkit: the offset of every field, the size
// and alignment of every GC struct and the item size of every var-sized
// array, for a target's word size.  These are the numbers the C backend puts
// in the type table (and proves equal to its C compiler's with static
// assertions), and the ones the llinterp's simulated heap and the JIT's
// machine code will use.  The rules are C's on the LP64 targets: a header of
// two 32-bit words (type id, GC flags), then the fields in order, each at
// the next multiple of its alignment; the size rounded up to the largest
// alignment.
import type { LLType } from "./lltypes.ts";

/** What a field or an array item holds, as memory. */
export type Storage = "i64" | "f64" | "bool" | "i32" | "u16" | "u8" | "ptr";

export const HEADER_SIZE = 8;
export const TID_OFFSET = 0;
export const GCFLAGS_OFFSET = 4;

export function storageSize(s: Storage, wordSize: number): number {
  switch (s) {
    case "i64":
    case "f64":
      return 8;
    case "ptr":
      return wordSize;
    case "i32":
      return 4;
    case "u16":
      return 2;
    case "bool":
    case "u8":
      return 1;
  }
}

/** How a value of a low-level type is stored in a field (Void: C's int, never read). */
export function storageOf(t: LLType): Storage {
  switch (t.k) {
    case "Signed":
    case "OptSigned":
    case "OptBool":
      return "i64";
    case "Float":
    case "OptFloat":
      return "f64";
    case "Bool":
      return "bool";
    case "Void":
      return "i32";
    default:
      return "ptr";
  }
}

export interface StructLayout {
  /** Bytes of the fixed part, header included (for a var-sized struct: the offset of item 0). */
  size: number;
  align: number;
  /** Byte offset of each field, by name. */
  offsets: Map<string, number>;
  /** Var-sized structs: the bytes of one item, and the offset of the item count. */
  itemSize: number;
  lengthOffset: number;
}

const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/**
 * The layout of a GC struct: the header, then `fields` in order (natural
 * alignment); `items`, for a var-sized struct, is the storage of one item
 * (or its size in bytes and alignment, for a struct item) and `length` the
 * field holding the item count.
 */
export function layoutStruct(
  fields: readonly { name: string; storage: Storage }[],
  wordSize: number,
  items?: { storage: Storage } | { size: number; align: number },
  length?: string,
): StructLayout {
  let offset = HEADER_SIZE;
  let align = 4;
  const offsets = new Map<string, number>();
  for (const f of fields) {
    const size = storageSize(f.storage, wordSize);
    offset = roundUp(offset, size);
    offsets.set(f.name, offset);
    offset += size;
    align = Math.max(align, size);
  }
  let itemSize = 0;
  if (items) {
    const [size, a] = "storage" in items ? [storageSize(items.storage, wordSize), storageSize(items.storage, wordSize)] : [items.size, items.align];
    itemSize = size;
    align = Math.max(align, a);
    offset = roundUp(offset, a); // the flexible array member starts aligned for its items
    return { size: offset, align, offsets, itemSize, lengthOffset: length ? offsets.get(length)! : 0 };
  }
  return { size: roundUp(offset, align), align, offsets, itemSize, lengthOffset: 0 };
}

/**
 * The runtime's own structs (plugins/backend-c/runtime/rts.h declares them in
 * C: the backend asserts that the C compiler agrees), by C type name.
 */
export function builtinLayouts(wordSize: number): Map<string, StructLayout> {
  const i64 = (name: string) => ({ name, storage: "i64" as const });
  const ptr = (name: string) => ({ name, storage: "ptr" as const });
  const word = { size: 8, align: 8 }; // rts_word: a union of int64, double and a pointer
  return new Map([
    ["rts_str", layoutStruct([i64("len"), i64("hash")], wordSize, { storage: "u16" }, "len")],
    ["rts_strbuf", layoutStruct([i64("cap"), i64("used"), i64("lo")], wordSize, { storage: "u16" }, "cap")],
    ["rts_strview", layoutStruct([i64("len"), i64("hash"), ptr("buf"), i64("start")], wordSize)],
    ["rts_items", layoutStruct([i64("cap")], wordSize, word, "cap")],
    ["rts_list", layoutStruct([i64("len"), ptr("items")], wordSize)],
    ["rts_u8arr", layoutStruct([i64("len")], wordSize, { storage: "u8" }, "len")],
    ["rts_i32arr", layoutStruct([i64("len")], wordSize, { storage: "i32" }, "len")],
    ["rts_f64arr", layoutStruct([i64("len")], wordSize, { storage: "f64" }, "len")],
    ["rts_map", layoutStruct([i64("size"), i64("used"), i64("flags"), ptr("entries"), ptr("index")], wordSize)],
    ["rts_mentries", layoutStruct([i64("cap"), ptr("next")], wordSize, { size: 24, align: 8 }, "cap")], // entry: state, key word, value word
    ["rts_mindex", layoutStruct([i64("cap")], wordSize, { storage: "i64" }, "cap")],
  ]);
}

/** The field names of the builtin structs' flexible array members (C's `offsetof(T, chars)`). */
export const BUILTIN_ITEMS: Record<string, string> = {
  rts_str: "chars", rts_strbuf: "chars", rts_items: "data", rts_u8arr: "data", rts_i32arr: "data", rts_f64arr: "data", rts_mentries: "data", rts_mindex: "slots",
};
