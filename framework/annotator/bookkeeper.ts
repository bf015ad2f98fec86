// The annotator's shared records (RPython's bookkeeper): the annotation of
// every field, global, list family and map family, each with the blocks that
// read it, which are rescheduled when it generalizes; two families merge when
// one value may be either.  annotator.ts flows the blocks over them.
import type { Block, SourceLoc, SpaceOperation } from "../flow/model.ts";
import type { BoxKind, ClassDesc, FieldDesc, FunctionDesc, GlobalDesc } from "../flow/descriptors.ts";
import type { Frontend } from "../frontend/frontend.ts";
import type { ts } from "ts-morph";
import { ListDef, MapDef, SomeList, SomeMap, SomeValue, UnionError, sameAnnotation, s_impossible, union, type DefMerger } from "./model.ts";

// annotation debugging: where a field is lifted to a base, an array family, a field or a function argument generalizes (docs/internals.md)
const RTS_DEBUG_SLOT = process.env.RTS_DEBUG_SLOT;
const RTS_DEBUG_LIST = process.env.RTS_DEBUG_LIST;

export interface Slot {
  ann: SomeValue;
  origin: SourceLoc | null;
  readers: Set<Block>;
}

export abstract class Bookkeeper implements DefMerger {
  readonly fields = new Map<FieldDesc, Slot>();
  readonly globals = new Map<GlobalDesc, Slot>();
  /** The block and operation being flowed (their readers, and the location of a conflict). */
  current: Block | null = null;
  currentOp: SpaceOperation | null = null;
  abstract readonly fe: Frontend;

  protected abstract scheduleAll(readers: Iterable<unknown>): void;
  protected abstract conflict(what: string, a: SomeValue, aLoc: SourceLoc | null, b: SomeValue, bLoc: SourceLoc | null): never;
  abstract constantAnnotation(x: unknown, t?: ts.Type): SomeValue;
  /** Closure call families (annotator.ts): the functions a function value may hold. */
  abstract mergeFunctions(descs: Iterable<FunctionDesc>): void;
  /** Value unions (annotator.ts): the box class of a primitive kind. */
  abstract boxClass(kind: BoxKind, a: SomeValue): ClassDesc;

  protected slot<K>(map: Map<K, Slot>, key: K): Slot {
    let s = map.get(key);
    if (!s) {
      s = { ann: s_impossible, origin: null, readers: new Set() };
      map.set(key, s);
    }
    return s;
  }

  readField(f: FieldDesc): SomeValue {
    const s = this.slot(this.fields, f);
    if (this.current) s.readers.add(this.current);
    return s.ann;
  }

  generalizeField(f: FieldDesc, ann: SomeValue): void {
    const s = this.slot(this.fields, f);
    this.generalizeSlot(s, ann, f.owner.tuple ? `element ${f.name.slice(1)} of tuple ${f.owner.name}` : `field ${f.owner.name}.${f.name}`);
  }

  readGlobal(g: GlobalDesc): SomeValue {
    const s = this.slot(this.globals, g);
    if (s.ann.kind === "impossible" && g.loaded) s.ann = this.constantAnnotation(g.value, this.fe.checker.getTypeAtLocation(g.decl));
    if (this.current) s.readers.add(this.current);
    return s.ann;
  }

  generalizeGlobal(g: GlobalDesc, ann: SomeValue): void {
    const s = this.slot(this.globals, g);
    if (s.ann.kind === "impossible" && g.loaded) s.ann = this.constantAnnotation(g.value, this.fe.checker.getTypeAtLocation(g.decl));
    this.generalizeSlot(s, ann, `global ${g.name}`);
  }

  protected generalizeSlot(s: Slot, ann: SomeValue, what: string): void {
    let u: SomeValue;
    try {
      u = union(s.ann, ann, this);
    } catch (e) {
      if (e instanceof UnionError) this.conflict(what, s.ann, s.origin, ann, this.currentOp?.loc ?? null);
      throw e;
    }
    if (!sameAnnotation(s.ann, u)) {
      if (RTS_DEBUG_SLOT && what.includes(RTS_DEBUG_SLOT)) process.stderr.write(`slot ${what}: ${s.ann.describe()} -> ${u.describe()} at ${JSON.stringify(this.currentOp?.loc ?? null)}\n`);
      if (s.ann.kind === "impossible" || !s.origin) s.origin = this.currentOp?.loc ?? null;
      s.ann = u;
      this.scheduleAll(s.readers);
    }
  }

  /** The join of two annotations; incompatible ones are reported as a conflict of `what`. */
  unionOf(a: SomeValue, b: SomeValue, what: string): SomeValue {
    try {
      return union(a, b, this);
    } catch (e) {
      if (e instanceof UnionError) this.conflict(what, a, null, b, this.currentOp?.loc ?? null);
      throw e;
    }
  }

  readList(l: SomeList): SomeValue {
    if (this.current) l.def.readers.add(this.current);
    return l.def.item;
  }

  generalizeList(l: SomeList, ann: SomeValue): void {
    const d = l.def;
    let u: SomeValue;
    try {
      u = union(d.item, ann, this);
    } catch (e) {
      if (e instanceof UnionError) this.conflict("array items", d.item, null, ann, this.currentOp?.loc ?? null);
      throw e;
    }
    if (!sameAnnotation(d.item, u)) {
      if (RTS_DEBUG_LIST && d.item.describe().includes(RTS_DEBUG_LIST)) process.stderr.write(`list ${d.item.describe()} -> ${u.describe()} at ${JSON.stringify(this.currentOp?.loc ?? null)}\n`);
      d.item = u;
      this.scheduleAll(d.readers);
    }
  }

  readMap(m: SomeMap): MapDef {
    if (this.current) m.def.readers.add(this.current);
    return m.def;
  }

  generalizeMap(m: SomeMap, key: SomeValue, value: SomeValue | null): void {
    const d = m.def;
    try {
      const k = union(d.key, key, this);
      const v = value ? union(d.value, value, this) : d.value;
      if (!sameAnnotation(d.key, k) || !sameAnnotation(d.value, v)) {
        d.key = k;
        d.value = v;
        this.scheduleAll(d.readers);
      }
    } catch (e) {
      if (e instanceof UnionError) this.conflict(d.isSet ? "set elements" : "map entries", e.a, null, e.b, this.currentOp?.loc ?? null);
      throw e;
    }
  }

  mergeLists(a: ListDef, b: ListDef): ListDef {
    a = a.find();
    b = b.find();
    if (a === b) return a;
    const item = union(a.item, b.item, this);
    if (RTS_DEBUG_LIST && (a.item.describe() + b.item.describe()).includes(RTS_DEBUG_LIST) && !sameAnnotation(a.item, b.item)) process.stderr.write(`merge ${a.item.describe()} + ${b.item.describe()} at ${JSON.stringify(this.currentOp?.loc ?? null)}\n`);
    b.mergeInto(a);
    for (const r of b.readers) a.readers.add(r);
    if (!sameAnnotation(a.item, item) || !sameAnnotation(b.item, item)) {
      a.item = item;
      this.scheduleAll(a.readers);
    }
    return a;
  }

  mergeMaps(a: MapDef, b: MapDef): MapDef {
    a = a.find();
    b = b.find();
    if (a === b) return a;
    const key = union(a.key, b.key, this);
    const value = union(a.value, b.value, this);
    b.mergeInto(a);
    for (const r of b.readers) a.readers.add(r);
    a.keyKind ??= b.keyKind;
    a.dict ||= b.dict;
    a.key = key;
    a.value = value;
    this.scheduleAll(a.readers);
    return a;
  }

}
