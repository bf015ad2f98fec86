// Objects built by module-level code (prebuilt constants), converted once by
// the rtyper into their low-level form: a list of items, a typed array, a
// map's entries and index, an instance's fields in layout order, a closure's code.
// The llinterp and the C backend build their own objects from this form
// instead of each going back to the frontend and the annotator (which class
// a run-time object belongs to, which function a run-time closure is).
import type { TypedKind } from "../annotator/model.ts";
import { isBoxable, prebuiltField } from "../flow/descriptors.ts";
import { LLMap } from "../llinterp/values.ts";
import { mapSet, setAdd } from "../rlib/maps.ts";
import { giveIdentity } from "../rlib/lltype.ts";
import { OptSentinel, isQuasiWatcherField, type ClassLayout, type LLType } from "./lltypes.ts";
import type { LLFunction, RTyper } from "./rtyper.ts";

/** A value inside a prebuilt object: a primitive, null or undefined, or another prebuilt object. */
export type LLConstValue = number | boolean | string | null | undefined | OptSentinel | LLPrebuilt;

export type LLPrebuilt =
  | { kind: "list"; item: LLType; items: LLConstValue[] }
  | { kind: "typed"; elem: TypedKind; values: ArrayLike<number> }
  /** laid out as at run time, by the helpers of rts/rlib/maps (the hashes are the runtime's) */
  | { kind: "map"; key: LLType; value: LLType; isSet: boolean; layout: LLMap<LLConstValue, LLConstValue> }
  /** fields: in the order of layout.fields; identity: its identity number when it is a key of a prebuilt map (rts/ll IDENTITY_SHIFT), else 0 */
  | { kind: "instance"; layout: ClassLayout; fields: LLConstValue[]; identity: number }
  /** a closure built at init time: only its code (null when it is never called) */
  | { kind: "closure"; layout: ClassLayout; fn: LLFunction | null };

export class PrebuiltObjects {
  private readonly known = new Map<object, LLPrebuilt>();

  constructor(private readonly rt: RTyper) {}

  /**
   * Objects held where the type says less than what they are (the JIT's
   * GcRef constants: any list, map or instance of the program): their own type.
   */
  private readonly ownTypes = new Map<object, LLType>();

  setOwnType(x: object, t: LLType): void {
    this.ownTypes.set(x, t);
  }

  /** A value of low-level type `t` found in init-time data. */
  value(v: unknown, t: LLType): LLConstValue {
    // a primitive in a value union: its box
    if (t.k === "Inst" && t.values && isBoxable(v)) return this.of(this.rt.an.fe.boxOf(v), t);
    if (typeof v === "symbol") return this.of(this.rt.an.fe.prebuiltSymbol(v), t);
    if (v === null || v === undefined || typeof v === "number" || typeof v === "boolean" || typeof v === "string" || v instanceof OptSentinel) return v;
    return this.of(v as object, t);
  }

  /** Prebuilt objects used as keys get identity numbers 1, 2, ... in the order met (the same C for the same program). */
  private identities = 0;

  /** A key of a prebuilt map: an object key gets its identity number now (the rts/lltype model hashes it by that). */
  private key(k: unknown, t: LLType): LLConstValue {
    const v = this.value(k, t);
    if (v !== null && typeof v === "object" && !(v instanceof OptSentinel) && v.kind === "instance" && !v.identity) v.identity = giveIdentity(v, ++this.identities);
    return v;
  }

  /**
   * The low-level form of an object built at init time, seen as type `t`
   * (an instance gets the layout of its own class). Converted once: every
   * reference to the object gets the same record, so identity is kept.
   */
  of(x: object, t: LLType): LLPrebuilt {
    if (x instanceof RegExp) x = this.rt.an.fe.prebuiltRegex(x); // held as the Regex of its pattern
    const known = this.known.get(x);
    if (known) return known;
    t = this.ownTypes.get(x) ?? t;
    switch (t.k) {
      case "List": {
        const p: LLPrebuilt = { kind: "list", item: t.item, items: [] };
        this.known.set(x, p);
        p.items = (x as unknown[]).map((v) => this.value(v, t.item));
        return p;
      }
      case "Typed": {
        const p: LLPrebuilt = { kind: "typed", elem: t.elem, values: x as ArrayLike<number> };
        this.known.set(x, p);
        return p;
      }
      case "Map": {
        const layout = new LLMap<LLConstValue, LLConstValue>();
        const p: LLPrebuilt = { kind: "map", key: t.key, value: t.value, isSet: t.isSet, layout };
        this.known.set(x, p);
        const m = layout as unknown as Map<LLConstValue, LLConstValue>; // rts/lltype on Node works on an LLMap itself
        if (x instanceof Set) for (const k of x) setAdd(m as unknown as Map<LLConstValue, number>, this.key(k, t.key));
        else if (x instanceof Map) for (const [k, v] of x) mapSet(m, this.key(k, t.key), this.value(v, t.value));
        else for (const [k, v] of Object.entries(x)) mapSet(m, this.value(k, t.key), this.value(v, t.value)); // an object used as a map
        return p;
      }
      case "Inst": {
        const cls = this.rt.an.classOfRuntime(x);
        const layout = cls ? this.rt.layoutOf(cls) : t.layout;
        if (typeof x === "function") {
          const desc = this.rt.an.fe.functionOfRuntime(x)!;
          const p: LLPrebuilt = { kind: "closure", layout, fn: desc.graph && this.rt.functions.has(desc.graph) ? this.rt.llfunction(desc) : null };
          this.known.set(x, p);
          return p;
        }
        const p: LLPrebuilt = { kind: "instance", layout, fields: [], identity: 0 };
        this.known.set(x, p);
        p.fields = layout.fields.map((f) => (isQuasiWatcherField(f.name) ? 0 : this.value(prebuiltField(x, f.name), f.type)));
        return p;
      }
    }
    throw new Error(`internal: a prebuilt ${t.k}`);
  }
}
