// A simulated memory for rts/ll: GCs written in RTS run on it untranslated
// (tests, the llinterp).  Mapped regions are separate ArrayBuffers at
// addresses that are never reused, with unmapped gaps between them, so an
// overrun, a use after unmap or a misaligned access is a TypeScript
// exception naming the address — not a segfault.  It also models what the
// translated program provides: a type table (with field names), a shadow
// stack, global root slots and prebuilt objects.
import { FLAG_PREBUILT, FLAGS_OFFSET, HEADER_SIZE, TID_OFFSET, type Addr, type LLMemory } from "./ll.ts";

/** The shape of one object type, as the backend's type table describes it. */
export interface SimType {
  name: string;
  /** Bytes of the fixed part, header included. */
  fixedSize: number;
  /** Var-sized types: bytes per item and the offset of the int64 item count. */
  itemSize?: number;
  lengthOffset?: number;
  /** Offsets of GC pointers in the fixed part / in each item. */
  pointers?: number[];
  itemPointers?: number[];
  /** Field names by offset (for error messages). */
  fields?: Record<number, string>;
}

interface Region {
  base: number;
  size: number;
  view: DataView;
  bytes: Uint8Array;
  label: string;
}

export class SimMemoryError extends Error {}

const GAP = 1 << 16;

export class SimMemory implements LLMemory {
  private regions: Region[] = [];
  private nextBase = 1 << 20;
  private last: Region | null = null;
  readonly types: SimType[];
  /** The shadow stack, the global root slots and the prebuilt objects' region. */
  private stack: Region;
  private stackTop: number;
  private globals: Region;
  private globalCount = 0;
  private statics: Region;
  private staticTop: number;
  private prebuilts: Addr[] = [];
  readonly env = new Map<string, number>();
  readonly logLines: string[] = [];
  mapCalls = 0;
  bytesMapped = 0;

  constructor(types: SimType[], opts: { stackSlots?: number; globalSlots?: number; staticBytes?: number } = {}) {
    this.types = types;
    this.stack = this.map((opts.stackSlots ?? 4096) * 8, "shadow stack");
    this.stackTop = this.stack.base;
    this.globals = this.map((opts.globalSlots ?? 256) * 8, "global roots");
    this.statics = this.map(opts.staticBytes ?? 1 << 16, "prebuilt objects");
    this.staticTop = this.statics.base;
    this.mapCalls = 0;
    this.bytesMapped = 0;
  }

  // ---- regions --------------------------------------------------------------------------
  private map(size: number, label: string): Region {
    const buf = new ArrayBuffer(size);
    const r: Region = { base: this.nextBase, size, view: new DataView(buf), bytes: new Uint8Array(buf), label };
    this.nextBase += Math.ceil(size / GAP) * GAP + GAP;
    this.regions.push(r);
    this.mapCalls++;
    this.bytesMapped += size;
    return r;
  }

  private region(a: Addr, n: number, what: string): Region {
    const l = this.last;
    if (l && a >= l.base && a + n <= l.base + l.size) return l;
    for (const r of this.regions) {
      if (a >= r.base && a + n <= r.base + r.size) {
        this.last = r;
        return r;
      }
    }
    throw new SimMemoryError(`${what} of ${n} bytes at ${hex(a)} is outside mapped memory${this.nearby(a)}`);
  }

  private nearby(a: Addr): string {
    for (const r of this.regions) {
      if (a >= r.base - GAP && a < r.base + r.size + GAP) {
        const d = a - r.base;
        return d < 0 ? ` (${-d} bytes before the ${r.label} region at ${hex(r.base)})` : ` (${d - r.size} bytes past the end of the ${r.label} region at ${hex(r.base)}, size ${r.size})`;
      }
    }
    return a === 0 ? " (a null pointer)" : "";
  }

  /** The region holding the n bytes at a + ofs, checked (integer, aligned, mapped). */
  private at(a: Addr, ofs: number, n: number, what: string): Region {
    const addr = a + ofs;
    if (!Number.isSafeInteger(addr)) throw new SimMemoryError(`${what} at a non-integer address ${addr}`);
    if (addr % n !== 0) throw new SimMemoryError(`${what} at ${hex(addr)} is not ${n}-byte aligned`);
    return this.region(addr, n, what);
  }

  // ---- LLMemory -------------------------------------------------------------------------
  // int64s as two 32-bit halves: exact within +-2^53, and beyond that
  // rounded as Number(bigint) would be (the sum of two exact parts)
  load(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 8, "load");
    const i = a + ofs - r.base;
    return r.view.getInt32(i + 4, true) * 4294967296 + r.view.getUint32(i, true);
  }
  store(a: Addr, ofs: number, x: number): void {
    if (!Number.isSafeInteger(x)) throw new SimMemoryError(`store of a non-integer ${x} at ${hex(a + ofs)}`);
    const r = this.at(a, ofs, 8, "store");
    const i = a + ofs - r.base;
    const hi = Math.floor(x / 4294967296);
    r.view.setUint32(i, x - hi * 4294967296, true);
    r.view.setInt32(i + 4, hi, true);
  }
  loadU32(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 4, "loadU32");
    return r.view.getUint32(a + ofs - r.base, true);
  }
  storeU32(a: Addr, ofs: number, x: number): void {
    const r = this.at(a, ofs, 4, "storeU32");
    r.view.setUint32(a + ofs - r.base, x >>> 0, true);
  }
  loadU8(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 1, "loadU8");
    return r.view.getUint8(a + ofs - r.base);
  }
  storeU8(a: Addr, ofs: number, x: number): void {
    const r = this.at(a, ofs, 1, "storeU8");
    r.view.setUint8(a + ofs - r.base, x & 0xff);
  }
  // wider accesses, for the llinterp's heap of translated objects (simheap.ts)
  /** An int64 of any integral value (ints past 2^53 included; load reads them). */
  storeI64(a: Addr, ofs: number, x: number | bigint): void {
    if (typeof x === "number" && Number.isSafeInteger(x)) return this.store(a, ofs, x);
    const r = this.at(a, ofs, 8, "store");
    r.view.setBigInt64(a + ofs - r.base, BigInt(x), true);
  }
  /** The raw bits of a word (float sentinels). */
  loadBits(a: Addr, ofs: number): bigint {
    const r = this.at(a, ofs, 8, "load");
    return r.view.getBigUint64(a + ofs - r.base, true);
  }
  storeBits(a: Addr, ofs: number, x: bigint): void {
    const r = this.at(a, ofs, 8, "store");
    r.view.setBigUint64(a + ofs - r.base, x, true);
  }
  loadF64(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 8, "loadF64");
    return r.view.getFloat64(a + ofs - r.base, true);
  }
  storeF64(a: Addr, ofs: number, x: number): void {
    const r = this.at(a, ofs, 8, "storeF64");
    r.view.setFloat64(a + ofs - r.base, x, true);
  }
  loadI32(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 4, "loadI32");
    return r.view.getInt32(a + ofs - r.base, true);
  }
  storeI32(a: Addr, ofs: number, x: number): void {
    const r = this.at(a, ofs, 4, "storeI32");
    r.view.setInt32(a + ofs - r.base, x | 0, true);
  }
  loadU16(a: Addr, ofs: number): number {
    const r = this.at(a, ofs, 2, "loadU16");
    return r.view.getUint16(a + ofs - r.base, true);
  }
  storeU16(a: Addr, ofs: number, x: number): void {
    const r = this.at(a, ofs, 2, "storeU16");
    r.view.setUint16(a + ofs - r.base, x & 0xffff, true);
  }
  /** n units of UTF-16 from a (one bounds check for the whole range). */
  loadUnits(a: Addr, n: number): Uint16Array {
    if (n === 0) return new Uint16Array(0);
    if (a % 2 !== 0) throw new SimMemoryError(`units at ${hex(a)} are not 2-byte aligned`);
    const r = this.region(a, 2 * n, "units");
    const off = a - r.base;
    return off % 2 === 0 ? new Uint16Array(r.bytes.buffer, off, n).slice() : new Uint16Array(r.bytes.slice(off, off + 2 * n).buffer);
  }
  /** Copies made so far (a moving collector copies objects: what the llinterp's string cache watches). */
  copies = 0;
  copy(dst: Addr, src: Addr, n: number): void {
    if (n <= 0) return;
    this.copies++;
    const s = this.region(src, n, "copy source");
    const d = this.region(dst, n, "copy destination");
    if (s === d && src < dst + n && dst < src + n) throw new SimMemoryError(`copy of ${n} bytes between overlapping ranges ${hex(src)} and ${hex(dst)}`);
    d.bytes.set(s.bytes.subarray(src - s.base, src - s.base + n), dst - d.base);
  }
  /** memmove: the ranges may overlap. */
  move(dst: Addr, src: Addr, n: number): void {
    if (n <= 0) return;
    const s = this.region(src, n, "move source");
    const d = this.region(dst, n, "move destination");
    if (s === d) d.bytes.copyWithin(dst - d.base, src - s.base, src - s.base + n);
    else d.bytes.set(s.bytes.subarray(src - s.base, src - s.base + n), dst - d.base);
  }
  storeUnits(a: Addr, units: ArrayLike<number>): void {
    if (units.length === 0) return;
    if (a % 2 !== 0) throw new SimMemoryError(`units at ${hex(a)} are not 2-byte aligned`);
    const r = this.region(a, 2 * units.length, "units");
    new Uint16Array(r.bytes.buffer, a - r.base, units.length).set(units);
  }
  fill(dst: Addr, byte: number, n: number): void {
    if (n <= 0) return;
    const d = this.region(dst, n, "fill");
    d.bytes.fill(byte & 0xff, dst - d.base, dst - d.base + n);
  }
  mapMemory(size: number): Addr {
    if (size <= 0 || size > 1 << 30) return 0;
    return this.map(size, "mapped").base;
  }
  unmapMemory(a: Addr, size: number): void {
    const i = this.regions.findIndex((r) => r.base === a);
    if (i < 0 || this.regions[i].size !== size) throw new SimMemoryError(`unmap of ${size} bytes at ${hex(a)}: not a mapping of that size`);
    if (this.last === this.regions[i]) this.last = null;
    this.regions.splice(i, 1);
  }
  typeCount(): number {
    return this.types.length;
  }
  private type(tid: number): SimType {
    const t = this.types[tid];
    if (!t) throw new SimMemoryError(`type id ${tid} is not in the type table (${this.types.length} types)`);
    return t;
  }
  fixedSize(tid: number): number {
    return this.type(tid).fixedSize;
  }
  itemSize(tid: number): number {
    return this.type(tid).itemSize ?? 0;
  }
  lengthOffset(tid: number): number {
    return this.type(tid).lengthOffset ?? 0;
  }
  pointerCount(tid: number): number {
    return this.type(tid).pointers?.length ?? 0;
  }
  pointerOffset(tid: number, i: number): number {
    return this.type(tid).pointers![i];
  }
  itemPointerCount(tid: number): number {
    return this.type(tid).itemPointers?.length ?? 0;
  }
  itemPointerOffset(tid: number, i: number): number {
    return this.type(tid).itemPointers![i];
  }
  stackRootsBase(): Addr {
    return this.stack.base;
  }
  stackRootsTop(): Addr {
    return this.stackTop;
  }
  globalRootCount(): number {
    return this.globalCount;
  }
  globalRoot(i: number): Addr {
    return this.globals.base + 8 * i;
  }
  prebuiltCount(): number {
    return this.prebuilts.length;
  }
  prebuilt(i: number): Addr {
    return this.prebuilts[i];
  }
  envInt(name: string, dflt: number): number {
    return this.env.get(name) ?? dflt;
  }
  torture = 0;
  tortureDefault(): number {
    return this.torture;
  }
  /** Where log lines go instead of logLines (rts interp: stderr or RTSLOG's file). */
  logSink: ((line: string) => void) | null = null;
  log(category: string, line: string): void {
    // (the GC's lines come here unasked: the binary checks RTSLOG first)
    if (this.logSink !== null) {
      if (this.logEnabled(category)) this.logSink(line);
    } else this.logLines.push(line);
  }
  codeArch(): number {
    return 0;
  }
  /** The categories RTSLOG would name (tests set them). */
  readonly logCategories = new Set<string>(["gc"]);
  logEnabled(category: string): boolean {
    return this.logCategories.has(category) || this.logCategories.has(category.slice(0, category.indexOf("-") >>> 0));
  }

  // ---- what the mutator does (tests build object graphs with these) ----------------------------
  /** Pushes a root on the shadow stack; returns its slot address. */
  pushRoot(p: Addr): Addr {
    const slot = this.stackTop;
    this.store(slot, 0, p);
    this.stackTop += 8;
    return slot;
  }
  popRoot(): Addr {
    this.stackTop -= 8;
    return this.load(this.stackTop, 0);
  }
  /** Drops the roots above top (frames unwound by a host exception). */
  resetRoots(top: Addr): void {
    if (top < this.stack.base || top > this.stackTop) throw new SimMemoryError(`shadow stack reset to ${hex(top)}, outside its used part`);
    this.stackTop = top;
  }
  /** Drops the top n roots (their slots keep their values until pushed over). */
  popRoots(n: number): void {
    this.stackTop -= 8 * n;
    if (this.stackTop < this.stack.base) throw new SimMemoryError(`shadow stack underflow (${n} roots popped)`);
  }
  /** The current value of a shadow-stack slot (objects move). */
  stackRoot(i: number): Addr {
    return this.load(this.stack.base + 8 * i, 0);
  }
  setStackRoot(i: number, p: Addr): void {
    this.store(this.stack.base + 8 * i, 0, p);
  }
  stackDepth(): number {
    return (this.stackTop - this.stack.base) / 8;
  }
  /** A new global root slot holding p; returns its index. */
  addGlobalRoot(p: Addr): number {
    this.store(this.globals.base, 8 * this.globalCount, p);
    return this.globalCount++;
  }
  /** A prebuilt object of type tid (zeroed, outside the heap). */
  addPrebuilt(tid: number, length = 0): Addr {
    const t = this.type(tid);
    const size = align8(t.fixedSize + (t.itemSize ?? 0) * length);
    if (this.staticTop + Math.max(size, 16) > this.statics.base + this.statics.size) {
      this.statics = this.map(Math.max(1 << 20, size), "prebuilt objects");
      this.staticTop = this.statics.base;
    }
    const a = this.staticTop;
    this.staticTop += Math.max(size, 16);
    this.region(a, size, "prebuilt object");
    this.storeU32(a, TID_OFFSET, tid);
    this.storeU32(a, FLAGS_OFFSET, FLAG_PREBUILT);
    if (t.itemSize) this.store(a, t.lengthOffset!, length);
    this.prebuilts.push(a);
    return a;
  }

  // ---- checking -----------------------------------------------------------------------
  /** "Node.left" for the pointer at offset ofs of an object of type tid. */
  fieldName(tid: number, ofs: number): string {
    const t = this.type(tid);
    if (ofs < t.fixedSize) return `${t.name}.${t.fields?.[ofs] ?? `+${ofs}`}`;
    const k = Math.floor((ofs - t.fixedSize) / t.itemSize!);
    const inItem = ofs - t.fixedSize - k * t.itemSize!;
    return `${t.name}[${k}]${inItem ? `+${inItem}` : ""}`;
  }

  /** The pointer-holding offsets of the object at a. */
  pointerOffsets(a: Addr): number[] {
    const tid = this.loadU32(a, TID_OFFSET);
    const t = this.type(tid);
    const out = [...(t.pointers ?? [])];
    if (t.itemSize && t.itemPointers?.length) {
      const n = this.load(a, t.lengthOffset!);
      for (let k = 0; k < n; k++) for (const o of t.itemPointers) out.push(t.fixedSize + k * t.itemSize + o);
    }
    return out;
  }

  /**
   * Checks every object reachable from the roots: each pointer is null or
   * the start of a well-formed object in mapped memory.  Throws naming the
   * path from a root (`stack[2] → Node.left → Node.right`).  Returns the
   * number of reachable objects.
   */
  verify(isObject: (a: Addr) => boolean = () => true): number {
    const seen = new Set<Addr>();
    const work: { a: Addr; path: string }[] = [];
    const visit = (p: Addr, path: string): void => {
      if (p === 0 || seen.has(p)) return;
      let tid: number;
      try {
        tid = this.loadU32(p, TID_OFFSET);
      } catch (e) {
        throw new SimMemoryError(`${path} points to ${hex(p)}: ${(e as Error).message}`);
      }
      if (tid >= this.types.length || tid === 0) throw new SimMemoryError(`${path} points to ${hex(p)}, which has type id ${tid} (not an object: a stale pointer into a freed or reused space?)`);
      if (!isObject(p)) throw new SimMemoryError(`${path} points to ${hex(p)}, which is not an object start in the current heap`);
      const t = this.types[tid];
      const size = t.fixedSize + (t.itemSize ? t.itemSize * this.load(p, t.lengthOffset!) : 0);
      this.region(p, size, `the ${t.name} object reached by ${path}`);
      seen.add(p);
      work.push({ a: p, path });
    };
    for (let i = 0; i < this.stackDepth(); i++) visit(this.stackRoot(i), `stack[${i}]`);
    for (let i = 0; i < this.globalCount; i++) visit(this.load(this.globalRoot(i), 0), `global[${i}]`);
    for (const [i, p] of this.prebuilts.entries()) visit(p, `prebuilt[${i}]`);
    while (work.length > 0) {
      const { a, path } = work.pop()!;
      const tid = this.loadU32(a, TID_OFFSET);
      for (const o of this.pointerOffsets(a)) visit(this.load(a, o), `${path} → ${this.fieldName(tid, o)}`);
    }
    return seen.size;
  }
}

export function hex(a: number): string {
  return "0x" + a.toString(16);
}

export function align8(n: number): number {
  return (n + 7) & ~7;
}

export { HEADER_SIZE };
