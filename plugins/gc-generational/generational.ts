// gc-generational: a precise generational collector written in RTS against
// rts/ll, translated with the program (the default GC).
//
// Young objects are bump-allocated in a nursery.  A minor collection copies
// the live ones into the old generation (promotion), finding them from the
// roots and from the old objects that had young pointers stored into them:
// the write barrier records those (the remembered set), and for large
// arrays only the 128-item "cards" that were written.  The old generation is
// a non-moving mark-sweep heap: size-class cells carved from chunks, plus
// large objects mapped one by one (with their card bytes after them; young
// until the next minor collection keeps or frees them where they are).  A
// major collection (minor + mark from the roots + sweep) runs when the old
// generation has grown past twice what survived the last one.
import * as ll from "rts/ll";
import { intDiv } from "rts/rlib";
import { mapOrDie as mapFresh, objectSize, round8 } from "../gc-common/objects.ts";

// header flags (ll.FLAG_PREBUILT is 1; the bits from ll.IDENTITY_SHIFT up are the object's identity number, kept)
const FORWARDED = 2;
/** Old object that may receive young pointers: stores into it go through the barrier. */
const TRACK_YOUNG = 4;
const MARKED = 8;
/** Mapped on its own (in the large-object list, or the young one). */
const LARGE = 16;
/**
 * On a LARGE object: young — allocated since the last minor collection,
 * which keeps it (promotes it where it is) if it is reached and frees it
 * if not (PyPy's young rawmalloced objects).  The bit is FORWARDED's, which
 * only nursery objects have.
 */
const YOUNG = 2;
/** In the remembered set or the card list already. */
const REMEMBERED = 32;
/**
 * A large array written between many minor collections (an interpreter's
 * value stack): it has no barrier any more (TRACK_YOUNG is off) and is
 * scanned whole at every minor collection instead.  STREAK counts (in two
 * flag bits) the minor collections in a row that found young objects in
 * its dirty cards; once it is sticky, those in a row that found none in it
 * (at STICKY_IDLE it gets its barrier back: a list no longer written, or
 * dead until the next major collection).
 */
const STICKY = 128;
const STREAK_SHIFT = 8;
const STREAK_MASK = 768;
const STICKY_AFTER = 3;
const STICKY_IDLE = 3;
// (a sticky array is read whole at every minor collection: at most 256 KB, a sixteenth of the default nursery — the Lox
// VM's value stack, 17426 items, is one; Python's raytrace canvas, 39218, written a few hundred items between two
// minor collections, is not)
const STICKY_MAX_ITEMS = 32768;

/** Generated code calls the barrier when a pointer is stored into an object with this flag. */
export const WRITE_BARRIER_FLAG = 4;
/**
 * A large array in the card list: generated code marks the card of an item
 * store itself (byte index >> CARD_SHIFT of the table whose address is at
 * obj + CARD_TABLE_OFFSET) instead of calling gcWriteBarrierItem.
 */
export const CARD_FLAG = 64;
export const CARD_SHIFT = 7;

const MIB = 1048576;
/** Objects this big skip the nursery. */
const LARGE_OBJECT = 16384;
const LARGE_PREFIX = 32; // [next large object, mapped size, card bytes, card count]
export const CARD_TABLE_OFFSET = 16 - LARGE_PREFIX; // the card bytes' address, from the object
const CARD_ITEMS = 1 << CARD_SHIFT;
const CHUNK = 262144;
const CHUNK_HEADER = 16; // [next chunk, bump end]
const CLASSES = 40;
const POISON = 0xa5;

// nursery
let nursery = 0;
let nurserySize = 0;
/**
 * The allocation pointer lives in a two-word cell [free, fast top] that
 * generated code bumps itself (gcBumpCell); fast top is 0 in torture mode,
 * where every allocation must come here.
 */
let bump = 0;
let nurseryEnd = 0;
/** The young objects are [youngStart, free); torture mode moves on instead of reusing addresses at once. */
let youngStart = 0;
/** During a minor collection: where the young objects end (the nursery's free pointer, which promotion leaves alone). */
let youngEnd = 0;

// old generation: chunks of cells, free lists per size class, large objects
let chunks = 0;
let chunkPtr = 0;
let chunkEnd = 0;
let freeHeads = 0; // CLASSES words
let largeObjects = 0;
/** The large objects allocated since the last minor collection (linked like largeObjects), their mapped bytes, and the bounds of their addresses. */
let youngLarge = 0;
let youngLargeBytes = 0;
let youngLargeLow = 0;
let youngLargeHigh = 0;
/**
 * Mappings of dead large objects kept for reuse ([next, mapped size] at
 * their start): their pages stay resident, so a program that keeps
 * replacing a large object (`s += piece` on a long string) does not pay an
 * mmap, page faults and munmap each time.  At most SPARE_LIMIT bytes, and
 * only from the last major collection.
 */
let spareLarge = 0;
let spareBytes = 0;
const SPARE_LIMIT = 8 * MIB;
let oldBytes = 0;
let liveAfterMajor = 0;
let majorThreshold = 0;
let mappedBytes = 0;

// address stacks: [length, capacity, items...] in mapped memory
let remembered = 0;
let cardObjects = 0;
let stickyObjects = 0;
let grayStack = 0;

let tortureEvery = 0;
let tortureCountdown = 0;
let minors = 0;
let majors = 0;
let allocatedBytes = 0;
let gcSeconds = 0.0;
let promotedBytes = 0;


function mapOrDie(size: number): number {
  mappedBytes += size;
  return mapFresh(size);
}

function unmap(a: number, size: number): void {
  ll.unmapMemory(a, size);
  mappedBytes -= size;
}

// ---- address stacks -------------------------------------------------------------------------
function newStack(cap: number): number {
  const s = mapOrDie(16 + 8 * cap);
  ll.store(s, 8, cap);
  return s;
}

/** Pushes v; returns the stack's (possibly new) address. */
function push(s: number, v: number): number {
  const len = ll.load(s, 0);
  const cap = ll.load(s, 8);
  let t = s;
  if (len === cap) {
    t = newStack(cap * 2);
    ll.copy(t + 16, s + 16, 8 * len);
    unmap(s, 16 + 8 * cap);
  }
  ll.store(t, 16 + 8 * len, v);
  ll.store(t, 0, len + 1);
  return t;
}

function stackLength(s: number): number {
  return ll.load(s, 0);
}

function stackItem(s: number, i: number): number {
  return ll.load(s, 16 + 8 * i);
}

// ---- object shapes --------------------------------------------------------------------------

function hasPointers(tid: number): boolean {
  return ll.pointerCount(tid) > 0 || (ll.itemSize(tid) !== 0 && ll.itemPointerCount(tid) > 0);
}

function flags(obj: number): number {
  return ll.loadU32(obj, ll.FLAGS_OFFSET);
}

function setFlags(obj: number, f: number): void {
  ll.storeU32(obj, ll.FLAGS_OFFSET, f);
}

/** Size classes: 16-byte steps up to 256, then four classes per power of two. */
function classSize(size: number): number {
  if (size <= 256) return size + 15 - ((size + 15) % 16);
  let base = 256;
  while (base * 2 < size) base *= 2;
  const step = intDiv(base, 4);
  return intDiv(size + step - 1, step) * step;
}

function classIndex(size: number): number {
  if (size <= 256) return intDiv(size + 15, 16) - 1;
  let base = 256;
  let index = 16;
  while (base * 2 < size) {
    base *= 2;
    index += 4;
  }
  const step = intDiv(base, 4);
  return index + intDiv(size + step - 1, step) - 5;
}

export function gcInit(): void {
  if (nursery !== 0) return;
  tortureEvery = ll.envInt("RTS_GC_TORTURE", ll.tortureDefault());
  tortureCountdown = tortureEvery;
  nurserySize = round8(Math.max(ll.envInt("RTS_GC_NURSERY", 4 * MIB), 65536));
  nursery = mapOrDie(nurserySize);
  bump = mapOrDie(16);
  ll.store(bump, 0, nursery);
  youngStart = nursery;
  nurseryEnd = nursery + nurserySize;
  ll.store(bump, 8, tortureEvery > 0 ? 0 : nurseryEnd);
  // (at 8 MiB the Python deltablue ran 7 major collections, 54 ms, mostly marking JIT data and its own long-lived objects again; at 32 MiB 2, 22 ms, for some 10 MB more resident)
  majorThreshold = Math.max(ll.envInt("RTS_GC_HEAP", 32 * MIB), 65536);
  freeHeads = mapOrDie(8 * CLASSES);
  remembered = newStack(1024);
  cardObjects = newStack(64);
  stickyObjects = newStack(16);
  grayStack = newStack(1024);
  // prebuilt objects are old: stores of young pointers into them are recorded (the C backend writes the flag into
  // the static objects already, GenerationalGcPlugin's prebuiltFlags: a write here made the Python interpreter copy
  // every page of its 10 MB of prebuilt data at each start — 23% of `python -c pass`, most of its page faults)
  const n = ll.prebuiltCount();
  for (let i = 0; i < n; i++) {
    const p = ll.prebuilt(i);
    const f = flags(p);
    if ((f & TRACK_YOUNG) === 0 && hasPointers(ll.loadU32(p, ll.TID_OFFSET))) setFlags(p, f | TRACK_YOUNG);
  }
}

// ---- the old generation ----------------------------------------------------------------------
function newChunk(): void {
  const c = mapOrDie(CHUNK);
  ll.store(c, 0, chunks);
  chunks = c;
  chunkPtr = c + CHUNK_HEADER;
  chunkEnd = c + CHUNK;
}

/** A cell of the old generation for an object of `size` bytes (contents undefined). */
function allocOld(size: number): number {
  const cls = classIndex(size);
  const cell = classSize(size);
  oldBytes += cell;
  const head = ll.load(freeHeads, 8 * cls);
  if (head !== 0) {
    ll.store(freeHeads, 8 * cls, ll.load(head, 8));
    return head;
  }
  if (chunkEnd - chunkPtr < cell) {
    if (chunks !== 0) ll.store(chunks, 8, chunkPtr); // the old chunk's bump end
    newChunk();
  }
  const p = chunkPtr;
  chunkPtr += cell;
  return p;
}

/**
 * The mapped size of a large object of `total` bytes: a multiple of 4 KiB
 * up to 64 KiB, then one of eight steps per power of two (at most 12.5%
 * more), so that a spare mapping fits the next, slightly larger object.
 */
function largeClass(total: number): number {
  if (total <= 65536) return (total + 4095) & ~4095;
  let step = 8192;
  while (step * 16 < total) step *= 2;
  return intDiv(total + step - 1, step) * step;
}

/** A spare mapping of exactly `mapped` bytes, zeroed as a fresh one is; 0 if there is none. */
function takeSpare(mapped: number): number {
  let prev = 0;
  let a = spareLarge;
  while (a !== 0) {
    const next = ll.load(a, 0);
    if (ll.load(a, 8) === mapped) {
      if (prev === 0) spareLarge = next;
      else ll.store(prev, 0, next);
      spareBytes -= mapped;
      ll.fill(a, 0, mapped);
      return a;
    }
    prev = a;
    a = next;
  }
  return 0;
}

/** A dead large object's mapping: kept as a spare while there is room, else unmapped. */
function freeLarge(a: number): void {
  const mapped = ll.load(a, 8);
  if (spareBytes + mapped > SPARE_LIMIT) {
    unmap(a, mapped);
    return;
  }
  ll.store(a, 0, spareLarge);
  spareLarge = a;
  spareBytes += mapped;
}

/**
 * A large object, mapped on its own, with card bytes after it when its
 * items hold pointers.  It starts young: the next minor collection keeps it
 * where it is if it is reached and frees it if not, so a short-lived large
 * array (a list grown past 2048 items and dropped) costs neither the old
 * generation's room nor a major collection.  Young large objects count
 * towards the next minor collection as the nursery's objects do.
 */
function allocLarge(tid: number, size: number, length: number): number {
  const cardCount = ll.itemSize(tid) !== 0 && ll.itemPointerCount(tid) > 0 ? intDiv(length + CARD_ITEMS - 1, CARD_ITEMS) : 0;
  const total = largeClass(LARGE_PREFIX + size + round8(cardCount));
  if (youngLargeBytes > 0 && youngLargeBytes + total > nurserySize) collectYoung();
  let a = takeSpare(total);
  if (a === 0) a = mapOrDie(total);
  ll.store(a, 0, youngLarge);
  ll.store(a, 8, total);
  ll.store(a, 16, cardCount > 0 ? a + LARGE_PREFIX + size : 0);
  ll.store(a, 24, cardCount);
  youngLarge = a;
  youngLargeBytes += total;
  const obj = a + LARGE_PREFIX;
  if (youngLargeLow === 0 || obj < youngLargeLow) youngLargeLow = obj;
  if (obj >= youngLargeHigh) youngLargeHigh = obj + 1;
  ll.storeU32(obj, ll.TID_OFFSET, tid);
  // (no TRACK_YOUNG while young: stores into it need no barrier, it is scanned whole when kept)
  setFlags(obj, LARGE | YOUNG);
  return obj;
}

/** A young large object a minor collection reached: old from now on, where it is; its pointers are scanned (gray). */
function keepLarge(obj: number): void {
  const f = flags(obj);
  if ((f & (LARGE | YOUNG)) !== (LARGE | YOUNG)) return;
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  setFlags(obj, (f & ~YOUNG) | (hasPointers(tid) ? TRACK_YOUNG : 0));
  oldBytes += ll.load(obj - LARGE_PREFIX, 8);
  promotedBytes += ll.load(obj - LARGE_PREFIX, 8);
  grayStack = push(grayStack, obj);
}

/** After a minor collection's tracing: the young large objects it kept join the old ones, the others are freed. */
function settleYoungLarge(): void {
  let a = youngLarge;
  while (a !== 0) {
    const next = ll.load(a, 0);
    if ((flags(a + LARGE_PREFIX) & YOUNG) !== 0) freeLarge(a);
    else {
      ll.store(a, 0, largeObjects);
      largeObjects = a;
    }
    a = next;
  }
  youngLarge = 0;
  youngLargeBytes = 0;
  youngLargeLow = 0;
  youngLargeHigh = 0;
}

// ---- minor collection ------------------------------------------------------------------------
function nurseryFree(): number {
  return ll.load(bump, 0);
}

/** ll.gcMovable: only nursery objects move (promotion); old and large objects stay where they are. */
export function gcMovable(a: number): number {
  return a >= nursery && a < nurseryEnd ? 1 : 0;
}

/** The cell generated code allocates from inline (see rts_gc_malloc_fast). */
export function gcBumpCell(): number {
  if (nursery === 0) gcInit();
  return bump;
}

/** The old-generation address of p, a young object, promoting it on first visit. */
function promote(p: number): number {
  const f = flags(p);
  if ((f & FORWARDED) !== 0) return ll.load(p, ll.HEADER_SIZE);
  const size = objectSize(p);
  const copy = allocOld(size);
  ll.copy(copy, p, size);
  const tid = ll.loadU32(p, ll.TID_OFFSET);
  const pointers = hasPointers(tid);
  setFlags(copy, (f & ll.IDENTITY_MASK) | (pointers ? TRACK_YOUNG : 0)); // (keeps the identity number)
  setFlags(p, f | FORWARDED);
  ll.store(p, ll.HEADER_SIZE, copy);
  promotedBytes += size;
  if (pointers) grayStack = push(grayStack, copy); // (a string, a float or an int array has nothing to scan)
  return copy;
}

/** A pointer slot seen by a minor collection: a young target is promoted (or kept, a large one). */
function fixYoung(slot: number): void {
  const p = ll.load(slot, 0);
  if (p >= youngStart && p < youngEnd) ll.store(slot, 0, promote(p));
  else if (p >= youngLargeLow && p < youngLargeHigh) keepLarge(p);
}

/** Whether p may be a young object (during a minor collection): tested where a slot is scanned, before any call. */
function isYoung(p: number): boolean {
  return (p >= youngStart && p < youngEnd) || (p >= youngLargeLow && p < youngLargeHigh);
}

// What scanPointers does with each pointer slot of an object.  (GC code
// cannot pass a function: a closure would be a GC object.)
const PROMOTE = 0;
const MARK = 1;

function visitSlot(slot: number, mode: number): number {
  // (most slots a minor collection scans point to old objects or nowhere: no call for those — a call per slot was a good part of its time)
  if (mode === PROMOTE) {
    if (!isYoung(ll.load(slot, 0))) return 0;
    fixYoung(slot);
    return 1;
  }
  mark(ll.load(slot, 0));
  return 0;
}

/** Every pointer slot of obj, fixed part and items: PROMOTE the young targets or MARK the targets; the number of young targets. */
function scanPointers(obj: number, mode: number): number {
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  const n = ll.pointerCount(tid);
  let young = 0;
  for (let i = 0; i < n; i++) young += visitSlot(obj + ll.pointerOffset(tid, i), mode);
  const itemSize = ll.itemSize(tid);
  if (itemSize === 0) return young;
  const perItem = ll.itemPointerCount(tid);
  if (perItem === 0) return young;
  // (the items in a function of their own: this one stays small enough for the C compiler to inline)
  return young + scanItems(obj, tid, itemSize, perItem, mode);
}

/** scanPointers' part for the items of an array. */
function scanItems(obj: number, tid: number, itemSize: number, perItem: number, mode: number): number {
  const length = ll.load(obj, ll.lengthOffset(tid));
  let item = obj + ll.fixedSize(tid);
  let young = 0;
  if (perItem === 1) {
    // an array of pointers (most arrays): a load and a test per item (a sticky array is scanned whole at every
    // minor collection: Python's raytrace spent 61 instructions an item in the general loop below)
    const end = item + length * itemSize;
    let slot = item + ll.itemPointerOffset(tid, 0);
    if (mode === PROMOTE) {
      const lo = youngStart;
      const hi = youngEnd;
      for (; slot < end; slot += itemSize) {
        const p = ll.load(slot, 0);
        if ((p >= lo && p < hi) || (p >= youngLargeLow && p < youngLargeHigh)) {
          fixYoung(slot);
          young++;
        }
      }
    } else {
      for (; slot < end; slot += itemSize) mark(ll.load(slot, 0));
    }
    return young;
  }
  for (let k = 0; k < length; k++) {
    for (let j = 0; j < perItem; j++) young += visitSlot(item + ll.itemPointerOffset(tid, j), mode);
    item += itemSize;
  }
  return young;
}

/** The dirty cards of a large array: only their items are scanned; the number of young targets. */
function traceCards(obj: number): number {
  const prefix = obj - LARGE_PREFIX;
  const cards = ll.load(prefix, 16);
  const cardCount = ll.load(prefix, 24);
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  const itemSize = ll.itemSize(tid);
  const perItem = ll.itemPointerCount(tid);
  const length = ll.load(obj, ll.lengthOffset(tid));
  const n = ll.pointerCount(tid);
  let young = 0;
  for (let i = 0; i < n; i++) young += visitSlot(obj + ll.pointerOffset(tid, i), PROMOTE);
  for (let c = 0; c < cardCount; c++) {
    if (ll.loadU8(cards, c) === 0) continue;
    ll.storeU8(cards, c, 0);
    const end = Math.min(length, (c + 1) * CARD_ITEMS);
    for (let k = c * CARD_ITEMS; k < end; k++) {
      const item = obj + ll.fixedSize(tid) + k * itemSize;
      for (let j = 0; j < perItem; j++) young += visitSlot(item + ll.itemPointerOffset(tid, j), PROMOTE);
    }
  }
  return young;
}

/** After its cards were scanned (`young`: the young targets they held): back to barrier mode, or sticky when it is written with young objects all the time. */
function settleCards(obj: number, young: number): void {
  const f = flags(obj) & ~(REMEMBERED | CARD_FLAG);
  const streak = young === 0 ? 0 : ((f & STREAK_MASK) >> STREAK_SHIFT) + 1;
  const tid = ll.loadU32(obj, ll.TID_OFFSET);
  if (streak >= STICKY_AFTER && ll.load(obj, ll.lengthOffset(tid)) <= STICKY_MAX_ITEMS) {
    setFlags(obj, (f & ~(STREAK_MASK | TRACK_YOUNG)) | STICKY);
    stickyObjects = push(stickyObjects, obj);
    return;
  }
  setFlags(obj, (f & ~STREAK_MASK) | (Math.min(streak, 3) << STREAK_SHIFT));
}

function minorCollect(): void {
  const t0 = ll.clock();
  const used = nurseryFree() - youngStart;
  const oldBefore = oldBytes;
  allocatedBytes += used;
  minors++;
  youngEnd = nurseryFree();
  const top = ll.stackRootsTop();
  for (let slot = ll.stackRootsBase(); slot < top; slot += 8) fixYoung(slot);
  const globals = ll.globalRootCount();
  for (let i = 0; i < globals; i++) fixYoung(ll.globalRoot(i));
  // old objects that received young pointers
  const nr = stackLength(remembered);
  for (let i = 0; i < nr; i++) {
    const obj = stackItem(remembered, i);
    scanPointers(obj, PROMOTE);
    setFlags(obj, (flags(obj) & ~REMEMBERED) | TRACK_YOUNG);
  }
  ll.store(remembered, 0, 0);
  // a sticky array that held no young object at STICKY_IDLE minor collections in a row goes back to barrier mode
  // (a list no longer written, or one that died: until the next major collection it was scanned at every minor one);
  // (before the card list: an array that becomes sticky there is not scanned again at once)
  const ns = stackLength(stickyObjects);
  let keep = 0;
  for (let i = 0; i < ns; i++) {
    const obj = stackItem(stickyObjects, i);
    const f = flags(obj);
    if (scanPointers(obj, PROMOTE) === 0) {
      const idle = ((f & STREAK_MASK) >> STREAK_SHIFT) + 1; // (the streak's bits count idle scans while sticky)
      if (idle >= STICKY_IDLE) {
        setFlags(obj, (f & ~(STICKY | STREAK_MASK)) | TRACK_YOUNG);
        continue;
      }
      setFlags(obj, (f & ~STREAK_MASK) | (idle << STREAK_SHIFT));
    } else if ((f & STREAK_MASK) !== 0) setFlags(obj, f & ~STREAK_MASK);
    ll.store(stickyObjects, 16 + 8 * keep, obj);
    keep++;
  }
  ll.store(stickyObjects, 0, keep);
  const nc = stackLength(cardObjects);
  for (let i = 0; i < nc; i++) {
    const obj = stackItem(cardObjects, i);
    settleCards(obj, traceCards(obj));
  }
  ll.store(cardObjects, 0, 0);
  // the promoted objects may point to more young ones
  while (stackLength(grayStack) > 0) {
    const n = stackLength(grayStack) - 1;
    const obj = stackItem(grayStack, n);
    ll.store(grayStack, 0, n);
    scanPointers(obj, PROMOTE);
  }
  settleYoungLarge();
  if (tortureEvery > 0) {
    // poison the dead young objects, and do not hand out their addresses
    // again soon: a stale pointer then reads poison, not a new object
    ll.fill(youngStart, POISON, used);
    youngStart = nurseryFree();
    if (nurseryEnd - nurseryFree() < nurserySize / 2) {
      ll.store(bump, 0, nursery);
      youngStart = nursery;
    }
  } else {
    ll.fill(nursery, 0, used); // allocation hands out zeroed memory without a memset per object
    ll.store(bump, 0, nursery);
    youngStart = nursery;
  }
  const seconds = ll.clock() - t0;
  gcSeconds += seconds;
  ll.logGc("minor", seconds, used, oldBytes - oldBefore, oldBytes, minors);
}

// ---- major collection ----------------------------------------------------------------------
function mark(p: number): void {
  if (p === 0) return;
  const f = flags(p);
  if ((f & (MARKED | ll.FLAG_PREBUILT)) !== 0) return;
  setFlags(p, f | MARKED);
  if (hasPointers(ll.loadU32(p, ll.TID_OFFSET))) grayStack = push(grayStack, p);
}

/** Frees the unmarked cells of every chunk into the free lists, and the unmarked large objects. */
function sweep(): void {
  ll.fill(freeHeads, 0, 8 * CLASSES);
  if (chunks !== 0) ll.store(chunks, 8, chunkPtr);
  let live = 0;
  for (let c = chunks; c !== 0; c = ll.load(c, 0)) {
    const end = ll.load(c, 8);
    let p = c + CHUNK_HEADER;
    while (p < end) {
      const tid = ll.loadU32(p, ll.TID_OFFSET);
      let cell = 0;
      if (tid === 0) {
        cell = flags(p); // a free cell keeps its size in the flags word
      } else {
        cell = classSize(objectSize(p));
        const f = flags(p);
        if ((f & MARKED) !== 0) {
          setFlags(p, f & ~MARKED);
          live += cell;
          p += cell;
          continue;
        }
      }
      if (tortureEvery > 0) ll.fill(p, POISON, cell);
      ll.storeU32(p, ll.TID_OFFSET, 0);
      setFlags(p, cell);
      const cls = classIndex(cell);
      ll.store(p, 8, ll.load(freeHeads, 8 * cls));
      ll.store(freeHeads, 8 * cls, p);
      p += cell;
    }
  }
  // sticky arrays that died leave the sticky list (they are all large)
  const ns = stackLength(stickyObjects);
  let keep = 0;
  for (let i = 0; i < ns; i++) {
    const obj = stackItem(stickyObjects, i);
    if ((flags(obj) & MARKED) !== 0) {
      ll.store(stickyObjects, 16 + 8 * keep, obj);
      keep++;
    }
  }
  ll.store(stickyObjects, 0, keep);
  // spares not reused since the last major collection are unmapped: the ones that follow are the sizes the program allocates now
  while (spareLarge !== 0) {
    const next = ll.load(spareLarge, 0);
    unmap(spareLarge, ll.load(spareLarge, 8));
    spareLarge = next;
  }
  spareBytes = 0;
  let kept = 0;
  let a = largeObjects;
  while (a !== 0) {
    const next = ll.load(a, 0);
    const obj = a + LARGE_PREFIX;
    const f = flags(obj);
    if ((f & MARKED) !== 0) {
      setFlags(obj, f & ~MARKED);
      ll.store(a, 0, kept);
      kept = a;
      live += ll.load(a, 8);
    } else {
      freeLarge(a);
    }
    a = next;
  }
  largeObjects = kept;
  oldBytes = live;
}

function majorCollect(): void {
  minorCollect(); // afterwards every live object is old
  const t0 = ll.clock();
  const before = oldBytes;
  majors++;
  const top = ll.stackRootsTop();
  for (let slot = ll.stackRootsBase(); slot < top; slot += 8) mark(ll.load(slot, 0));
  const globals = ll.globalRootCount();
  for (let i = 0; i < globals; i++) mark(ll.load(ll.globalRoot(i), 0));
  const prebuilt = ll.prebuiltCount();
  for (let i = 0; i < prebuilt; i++) scanPointers(ll.prebuilt(i), MARK);
  while (stackLength(grayStack) > 0) {
    const n = stackLength(grayStack) - 1;
    const obj = stackItem(grayStack, n);
    ll.store(grayStack, 0, n);
    scanPointers(obj, MARK);
  }
  sweep();
  liveAfterMajor = oldBytes;
  majorThreshold = Math.max(majorThreshold, 2 * liveAfterMajor);
  const seconds = ll.clock() - t0;
  gcSeconds += seconds;
  ll.logGc("major", seconds, before, oldBytes, mappedBytes, majors);
}

/** After a minor collection: a major one when the old generation outgrew its threshold. */
function collectYoung(): void {
  if (oldBytes > majorThreshold) majorCollect();
  else minorCollect();
}

export function gcCollect(): void {
  if (nursery === 0) gcInit();
  majorCollect();
}

/**
 * A minor collection now (ll.gcCollectYoung: the JIT's, before it records a
 * trace), or the major one that is due — unless less than a quarter of the
 * nursery is in use: what follows has most of it to itself anyway (go
 * records 300 traces, and a minor collection scans every root each time).
 */
export function gcCollectYoung(): void {
  if (nursery === 0) gcInit();
  if (tortureEvery === 0 && nurseryFree() - youngStart < nurserySize / 4) return;
  collectYoung();
}

// ---- allocation -----------------------------------------------------------------------------
function allocate(tid: number, size: number, length: number): number {
  if (tortureEvery > 0) {
    tortureCountdown--;
    if (tortureCountdown <= 0) {
      tortureCountdown = tortureEvery;
      // every 16th forced collection is a major one
      if ((minors + 1) % 16 === 0) majorCollect();
      else minorCollect();
    }
  }
  if (size >= LARGE_OBJECT) return allocLarge(tid, size, length);
  if (nurseryEnd - nurseryFree() < size) collectYoung();
  const p = nurseryFree();
  ll.store(bump, 0, p + size);
  if (tortureEvery > 0) ll.fill(p, 0, size); // torture poisons the nursery instead of zeroing it
  ll.storeU32(p, ll.TID_OFFSET, tid);
  return p;
}

export function gcMalloc(tid: number, size: number): number {
  if (nursery === 0) gcInit();
  const rounded = round8(size);
  if (tortureEvery > 0) {
    // torture also checks what generated code passes
    if (tid <= 0 || tid >= ll.typeCount()) ll.fatal("gcMalloc: bad type id");
    if (ll.itemSize(tid) !== 0 || round8(ll.fixedSize(tid)) !== rounded) ll.fatal("gcMalloc: size does not match the type table (use gcMallocVarsize)");
  }
  return allocate(tid, rounded, 0);
}

export function gcMallocVarsize(tid: number, length: number): number {
  if (nursery === 0) gcInit();
  if (tid <= 0 || tid >= ll.typeCount()) ll.fatal("gcMallocVarsize: bad type id");
  if (length < 0) ll.fatal("gcMallocVarsize: negative length");
  const itemSize = ll.itemSize(tid);
  // (no division: a float one here cost a sixth of an allocation-heavy program's time)
  if (length > 1099511627776 || itemSize * length > 1099511627776) ll.fatal("out of memory (object too large)");
  const p = allocate(tid, round8(ll.fixedSize(tid) + itemSize * length), length);
  if (itemSize !== 0) ll.store(p, ll.lengthOffset(tid), length);
  return p;
}

// ---- the write barrier ------------------------------------------------------------------------
/** A GC pointer is about to be stored into obj, an old object (TRACK_YOUNG is set). */
export function gcWriteBarrier(obj: number): void {
  const f = flags(obj);
  if ((f & LARGE) !== 0 && ll.load(obj - LARGE_PREFIX, 24) > 0) {
    // a large array stored into as a whole (a bulk copy): every card is dirty
    const prefix = obj - LARGE_PREFIX;
    ll.fill(ll.load(prefix, 16), 1, ll.load(prefix, 24));
    if ((f & REMEMBERED) === 0) {
      cardObjects = push(cardObjects, obj);
      setFlags(obj, f | REMEMBERED);
    }
    return;
  }
  if ((f & REMEMBERED) !== 0) return;
  remembered = push(remembered, obj);
  setFlags(obj, (f & ~TRACK_YOUNG) | REMEMBERED);
}

/** A GC pointer is about to be stored into item `index` of obj: large arrays mark a card. */
export function gcWriteBarrierItem(obj: number, index: number): void {
  const f = flags(obj);
  if ((f & LARGE) === 0 || ll.load(obj - LARGE_PREFIX, 24) === 0) {
    gcWriteBarrier(obj);
    return;
  }
  ll.storeU8(ll.load(obj + CARD_TABLE_OFFSET, 0), intDiv(index, CARD_ITEMS), 1);
  if ((f & REMEMBERED) === 0) cardObjects = push(cardObjects, obj);
  // until the next minor collection, item stores mark their cards inline
  setFlags(obj, f | REMEMBERED | CARD_FLAG);
}

export function gcReport(): void {
  ll.logGc("summary", gcSeconds, allocatedBytes + (nurseryFree() - youngStart), oldBytes, mappedBytes, minors + majors);
}
