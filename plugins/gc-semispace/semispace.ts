// gc-semispace: a precise, moving, semispace copying collector (Cheney),
// written in RTS against rts/ll and translated with the program.
//
// Allocation bumps a pointer through the current space.  When it runs out,
// every object reachable from the roots is copied into the other space,
// breadth-first, and the spaces swap.  Roots are the shadow stack, the
// global root slots (the pending exception among them) and the fields of
// the prebuilt objects, which live outside the heap and never move.
// Object shapes come only from the type table.  README.md has the knobs.
import * as ll from "rts/ll";
import { intDiv } from "rts/rlib";
import { mapOrDie, objectSize, round8 } from "../gc-common/objects.ts";

/** A copied object's old copy: this flag, and its new address in the word after the header. */
const FORWARDED = 2;
const MIB = 1048576;
const MAX_OBJECT = 1099511627776; // 2^40 bytes
const POISON = 0xa5;

/** Stores of GC pointers need no barrier in this collector. */
export const WRITE_BARRIER_FLAG = 0;

// The current space is [space, space + spaceSize); allocation bumps
// allocPtr up to spaceEnd, which may stop short of the mapping while the
// heap shrinks.  Invariant: spaceEnd - space <= spareSize, so a copy into
// the spare space always fits.
let space = 0;
let spaceSize = 0;
let allocPtr = 0;
let spaceEnd = 0;
let spare = 0;
let spareSize = 0;
/** The size both spaces are brought to, and the smallest it may shrink to. */
let targetSize = 0;
let initialSize = 0;

/** Collect before every tortureEvery-th allocation (0: off). */
let tortureEvery = 0;
let tortureCountdown = 0;

let collections = 0;
let liveAfterGc = 0;
let bytesAllocated = 0;
let allocMark = 0;
let gcSeconds = 0.0;

// copying state
let fromLo = 0;
let fromHi = 0;
let toFree = 0;


export function gcInit(): void {
  if (space !== 0) return;
  tortureEvery = ll.envInt("RTS_GC_TORTURE", ll.tortureDefault());
  tortureCountdown = tortureEvery;
  initialSize = round8(Math.max(ll.envInt("RTS_GC_HEAP", 4 * MIB), 65536));
  targetSize = initialSize;
  spaceSize = initialSize;
  spareSize = initialSize;
  space = mapOrDie(spaceSize);
  spare = mapOrDie(spareSize);
  allocPtr = space;
  allocMark = space;
  spaceEnd = space + spaceSize;
}

// ---- copying ------------------------------------------------------------------------------

/** The new address of p, copying it on first visit; anything outside from-space stays. */
function forward(p: number): number {
  if (p < fromLo || p >= fromHi) return p;
  const flags = ll.loadU32(p, ll.FLAGS_OFFSET);
  if ((flags & FORWARDED) !== 0) return ll.load(p, ll.HEADER_SIZE);
  const size = objectSize(p); // before the forwarding pointer overwrites the length
  const copy = toFree;
  toFree += size;
  ll.copy(copy, p, size);
  ll.storeU32(p, ll.FLAGS_OFFSET, flags | FORWARDED);
  ll.store(p, ll.HEADER_SIZE, copy);
  return copy;
}

function fix(slot: number): void {
  ll.store(slot, 0, forward(ll.load(slot, 0)));
}

/** Updates every GC pointer field of obj; returns obj's size. */
function trace(obj: number): number {
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  const n = ll.pointerCount(tid);
  for (let i = 0; i < n; i++) fix(obj + ll.pointerOffset(tid, i));
  let size = ll.fixedSize(tid);
  const itemSize = ll.itemSize(tid);
  if (itemSize !== 0) {
    const length = ll.load(obj, ll.lengthOffset(tid));
    const perItem = ll.itemPointerCount(tid);
    if (perItem > 0) {
      let item = obj + size;
      for (let k = 0; k < length; k++) {
        for (let j = 0; j < perItem; j++) fix(item + ll.itemPointerOffset(tid, j));
        item += itemSize;
      }
    }
    size += itemSize * length;
  }
  return round8(size);
}

/** Copies everything live from the current space into the spare one, and swaps them. */
function copyAll(): void {
  fromLo = space;
  fromHi = allocPtr;
  toFree = spare;
  const top = ll.stackRootsTop();
  for (let slot = ll.stackRootsBase(); slot < top; slot += 8) fix(slot);
  const globals = ll.globalRootCount();
  for (let i = 0; i < globals; i++) fix(ll.globalRoot(i));
  const prebuilt = ll.prebuiltCount();
  for (let i = 0; i < prebuilt; i++) trace(ll.prebuilt(i));
  let scan = spare;
  while (scan < toFree) scan += trace(scan); // Cheney's scan

  const old = space;
  const oldSize = spaceSize;
  space = spare;
  spaceSize = spareSize;
  spare = old;
  spareSize = oldSize;
  allocPtr = toFree;
  spaceEnd = space + spaceSize;
  // torture: poison the old copies, so a pointer that was not rooted across
  // an allocation reads garbage at once instead of the intact old object
  if (tortureEvery > 0) ll.fill(fromLo, POISON, fromHi - fromLo);
  fromLo = 0;
  fromHi = 0;
}

/** Brings the spare space to exactly `size` bytes. */
function resizeSpare(size: number): void {
  if (spareSize === size) return;
  ll.unmapMemory(spare, spareSize);
  spare = mapOrDie(size);
  spareSize = size;
}

/** Collects, then guarantees room for `request` more bytes. */
function collect(request: number): void {
  const t0 = ll.clock();
  const before = allocPtr - space;
  bytesAllocated += allocPtr - allocMark;
  collections++;
  copyAll();
  const live = allocPtr - space;
  // Keep at least half of each space free after a collection: double the
  // target (or more, for a large request) when live data got past 50%;
  // halve it when less than 1/8 is used, so a heap that was big once is
  // given back.  The gap between the thresholds avoids flapping.
  const need = live + request;
  while (need > targetSize / 2) {
    if (targetSize > MAX_OBJECT * 4) ll.fatal("out of memory");
    targetSize *= 2;
  }
  if (need < targetSize / 8 && targetSize / 2 >= initialSize) targetSize = intDiv(targetSize, 2);
  resizeSpare(targetSize);
  spaceEnd = space + Math.min(spaceSize, targetSize);
  if (spaceEnd - allocPtr < request) {
    // the request does not fit even now: copy once more, into the bigger spare
    copyAll();
    resizeSpare(targetSize);
  }
  liveAfterGc = allocPtr - space;
  allocMark = allocPtr;
  const seconds = ll.clock() - t0;
  gcSeconds += seconds;
  ll.logGc("collect", seconds, before, liveAfterGc, spaceSize + spareSize, collections);
}

export function gcCollect(): void {
  if (space === 0) gcInit();
  collect(0);
}

// ---- allocation -----------------------------------------------------------------------------
function allocate(tid: number, size: number): number {
  if (tortureEvery > 0) {
    tortureCountdown--;
    if (tortureCountdown <= 0) {
      tortureCountdown = tortureEvery;
      collect(size);
    }
  }
  if (spaceEnd - allocPtr < size) collect(size);
  const p = allocPtr;
  allocPtr += size;
  ll.fill(p, 0, size);
  ll.storeU32(p, ll.TID_OFFSET, tid);
  return p;
}

/** A zeroed object of a fixed-size type, header set. */
export function gcMalloc(tid: number, size: number): number {
  if (space === 0) gcInit();
  if (tid <= 0 || tid >= ll.typeCount()) ll.fatal("gcMalloc: bad type id");
  const rounded = round8(size);
  // torture also checks that the size matches the type table: the copier only knows the table's size
  if (tortureEvery > 0 && (ll.itemSize(tid) !== 0 || round8(ll.fixedSize(tid)) !== rounded)) {
    ll.fatal("gcMalloc: size does not match the type table (use gcMallocVarsize)");
  }
  return allocate(tid, rounded);
}

/** A zeroed object of a var-sized type with `length` items; the length field is set. */
export function gcMallocVarsize(tid: number, length: number): number {
  if (space === 0) gcInit();
  if (tid <= 0 || tid >= ll.typeCount()) ll.fatal("gcMallocVarsize: bad type id");
  if (length < 0) ll.fatal("gcMallocVarsize: negative length");
  const itemSize = ll.itemSize(tid);
  if (itemSize !== 0 && length > MAX_OBJECT / itemSize) ll.fatal("out of memory (object too large)");
  const p = allocate(tid, round8(ll.fixedSize(tid) + itemSize * length));
  if (itemSize !== 0) ll.store(p, ll.lengthOffset(tid), length);
  return p;
}

/** The barrier this collector does not need (WRITE_BARRIER_FLAG is 0, so it is never called). */
export function gcWriteBarrier(obj: number): void {}
export function gcWriteBarrierItem(obj: number, index: number): void {}

/** At exit: one summary line in the GC log. */
export function gcReport(): void {
  ll.logGc("summary", gcSeconds, bytesAllocated + (allocPtr - allocMark), liveAfterGc, spaceSize + spareSize, collections);
}
