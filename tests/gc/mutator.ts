// A mutator for GC tests on the simulated memory (framework/rlib/llsim.ts):
// builds object graphs through a GC module's own entry points, keeps them
// rooted on the simulated shadow stack, and reads them back.  It obeys the
// contract generated code obeys: pointers are re-read from roots after any
// allocation (objects move), and pointer stores go through the write
// barrier when the GC flags the object.
import * as ll from "../../framework/rlib/ll.ts";
import { SimMemory, type SimType } from "../../framework/rlib/llsim.ts";
import type { GcModule } from "../../framework/llinterp/simheap.ts";

export type { GcModule };

export const T_NODE = 1;
export const T_ARRAY = 2;
export const T_PAIRS = 3;
export const T_BLOB = 4;

/** Node: left, right (pointers), value, tag.  Array: pointer items.  Pairs: (pointer, int) items.  Blob: bytes. */
export const TEST_TYPES: SimType[] = [
  { name: "none", fixedSize: 16 },
  { name: "Node", fixedSize: 40, pointers: [8, 16], fields: { 8: "left", 16: "right", 24: "value", 32: "tag" } },
  { name: "Array", fixedSize: 16, itemSize: 8, lengthOffset: 8, itemPointers: [0], fields: { 8: "length" } },
  { name: "Pairs", fixedSize: 16, itemSize: 16, lengthOffset: 8, itemPointers: [0], fields: { 8: "length" } },
  { name: "Blob", fixedSize: 16, itemSize: 1, lengthOffset: 8, fields: { 8: "length" } },
];

export const LEFT = 8;
export const RIGHT = 16;
export const VALUE = 24;

export class Mutator {
  constructor(
    readonly mem: SimMemory,
    readonly gc: GcModule,
  ) {}

  node(value: number): number {
    const p = this.gc.gcMalloc(T_NODE, 40);
    ll.store(p, VALUE, value);
    return p;
  }

  array(length: number): number {
    return this.gc.gcMallocVarsize(T_ARRAY, length);
  }

  blob(length: number): number {
    return this.gc.gcMallocVarsize(T_BLOB, length);
  }

  /** Stores a pointer into obj at ofs, through the write barrier when the GC asks for it. */
  setPtr(obj: number, ofs: number, value: number): void {
    if ((ll.loadU32(obj, ll.FLAGS_OFFSET) & this.gc.WRITE_BARRIER_FLAG) !== 0) this.gc.gcWriteBarrier(obj);
    ll.store(obj, ofs, value);
  }

  item(arr: number, i: number): number {
    return ll.load(arr, 16 + 8 * i);
  }

  setItem(arr: number, i: number, value: number): void {
    if ((ll.loadU32(arr, ll.FLAGS_OFFSET) & this.gc.WRITE_BARRIER_FLAG) !== 0) this.gc.gcWriteBarrierItem(arr, i);
    ll.store(arr, 16 + 8 * i, value);
  }

  /** Pushes p on the shadow stack; returns the root's index (read it back with root(i)). */
  root(p: number): number {
    this.mem.pushRoot(p);
    return this.mem.stackDepth() - 1;
  }

  at(i: number): number {
    return this.mem.stackRoot(i);
  }
}

/** A fresh simulated memory with the test types, installed for rts/ll. */
export function freshMemory(env: Record<string, number> = {}): SimMemory {
  const mem = new SimMemory(TEST_TYPES, { stackSlots: 1 << 16 });
  for (const [k, v] of Object.entries(env)) mem.env.set(k, v);
  ll.useMemory(mem);
  return mem;
}
