// Helpers shared by the GC modules (RTS code against rts/ll): object sizes
// from the type table, and memory from the OS that is never refused
// silently.  Imported by gc-semispace and gc-generational, translated with
// each of them.
import * as ll from "rts/ll";

/** Header plus room for a forwarding pointer. */
export const MIN_OBJECT = 16;

/** Object sizes are multiples of 8, at least MIN_OBJECT. */
export function round8(n: number): number {
  if (n < MIN_OBJECT) return MIN_OBJECT;
  return n + 7 - ((n + 7) % 8);
}

/** The size of the object at obj, from its type's fixed size and item count. */
export function objectSize(obj: number): number {
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  let size = ll.fixedSize(tid);
  const itemSize = ll.itemSize(tid);
  if (itemSize !== 0) size += itemSize * ll.load(obj, ll.lengthOffset(tid));
  return round8(size);
}

/** Fresh zeroed memory, or a fatal "out of memory". */
export function mapOrDie(size: number): number {
  const a = ll.mapMemory(size);
  if (a === 0) ll.fatal("out of memory");
  return a;
}
