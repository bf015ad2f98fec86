// Method families: the implementations a method call can reach, which share
// one vtable slot and one signature.
//
// A call through a class C reaches C's method and every override below it.
// A call through the object root with a known set of unrelated classes (an
// interface, a union of classes: SomeInstance.possible) reaches the method of
// each of those classes; the family is keyed by the set, so an unrelated
// class with a same-named method is not dragged in.  Fields read through
// such a value become calls of accessors: a class's own `get x()` or a
// synthesized get$x/set$x that reads or writes its field.
import { formatLoc } from "../flow/model.ts";
import { ClassDesc, FunctionDesc, REST_METHOD } from "../flow/descriptors.ts";
import type { Frontend } from "../frontend/frontend.ts";
import { M, type Message } from "../diagnostics/messages.ts";
import type { SomeInstance } from "./model.ts";

type Fail = (m: Message, ...args: string[]) => never;

export class MethodFamilies {
  private families = new Map<string, FunctionDesc[]>();
  private ids = new Map<ClassDesc, number>();

  constructor(
    private readonly fe: Frontend,
    private readonly fail: Fail,
  ) {}

  /** Reads through the object root of several unrelated classes use per-set families. */
  static isVirtual(recv: SomeInstance, name: string): boolean {
    return recv.possible !== null && recv.cls.lookupMethod(name) === null;
  }

  private id(c: ClassDesc): number {
    let n = this.ids.get(c);
    if (n === undefined) this.ids.set(c, (n = this.ids.size));
    return n;
  }

  /** The identity of the family (and of its vtable slot). */
  key(recv: SomeInstance, name: string): string {
    if (MethodFamilies.isVirtual(recv, name)) return `${name}|${[...recv.possible!].map((c) => this.id(c)).sort((a, b) => a - b).join(",")}`;
    const top = this.owner(recv, name);
    return `${top.name}@${top.loc ? formatLoc(top.loc) : ""}.${name}`;
  }

  /** The class whose layout the vtable slot is indexed from. */
  owner(recv: SomeInstance, name: string): ClassDesc {
    if (MethodFamilies.isVirtual(recv, name)) return recv.cls;
    let top: ClassDesc | null = null;
    for (let c: ClassDesc | null = recv.cls; c; c = c.base) if (c.methods.has(name)) top = c;
    if (!top) {
      if (!this.liftMethod(recv.cls, name)) return this.fail(M.unknownAttribute, recv.cls.name, name);
      top = recv.cls;
    }
    return top;
  }

  /** The classes a call of the family may dispatch on. */
  classes(recv: SomeInstance, name: string): ClassDesc[] {
    if (MethodFamilies.isVirtual(recv, name)) return [...recv.possible!].flatMap((p) => [...p.subtree()]);
    return [...this.owner(recv, name).subtree()];
  }

  /** All implementations a call of `name` on `recv` can reach. */
  family(recv: SomeInstance, name: string): FunctionDesc[] {
    const key = this.key(recv, name);
    let fam = this.families.get(key);
    if (!fam) {
      const impls = new Set<FunctionDesc>();
      const classes = this.classes(recv, name);
      // a record among them with a property holding a function: a method that calls it
      const declared = classes.map((c) => c.lookupMethod(name)).find((m) => m && !m.fieldAccess);
      for (const c of classes) {
        const f = !c.lookupMethod(name) && c.record ? c.lookupField(name) : null;
        if (f) c.methods.set(name, this.fe.fieldCaller(f, declared?.params));
      }
      for (const c of classes) {
        const m = c.lookupMethod(name);
        if (m && !m.isAbstract) impls.add(m);
        else if (!m && MethodFamilies.isVirtual(recv, name) && !c.isAbstract) return this.fail(M.unknownAttribute, c.name, name);
      }
      fam = [...impls];
      this.families.set(key, fam);
    }
    return fam;
  }

  all(): FunctionDesc[][] {
    return [...this.families.values()];
  }

  /**
   * Lifts a method that only subclasses of `cls` implement to an abstract
   * method of cls, so calls through cls dispatch over all of them.
   */
  private liftMethod(cls: ClassDesc, name: string): boolean {
    const impls = [...cls.subtree()].filter((c) => c !== cls && c.methods.has(name));
    if (impls.length === 0) return false;
    const first = impls[0].methods.get(name)!;
    cls.methods.set(name, new FunctionDesc(name, "method", null, cls, first.params, first.loc, true));
    return true;
  }

  /**
   * What every JavaScript object has, for the classes `recv` may be:
   * toString() (a class's own, else Error.prototype's for errors, else
   * "[object Object]") and `$className` (x.constructor.name, one per class).
   */
  inherited(recv: SomeInstance, name: string): void {
    const error = this.fe.builtinClasses.get("Error")!;
    for (const root of recv.roots()) {
      if (name === "toString") {
        if (root.lookupMethod("toString")) continue;
        // a record with a toString property holding a function (`{ toString: () => "lit" }`): String() calls it
        const own = [...root.subtree()].filter((c) => c.record && c.lookupField("toString"));
        for (const c of own) c.methods.set("toString", this.fe.fieldCaller(c.lookupField("toString")!, []));
        if (own.length > 0 && own.includes(root)) continue;
        // the top of root's chain under the object root gets the default (Error for errors)
        let top = root;
        while (top.base && top.base !== this.fe.objectRoot && !top.thrownPlain) top = top.base;
        if (!top.methods.has("toString")) top.methods.set("toString", this.fe.inheritedMethod(top, "toString", top === error ? "errorToString" : "toString"));
        continue;
      }
      const kind = name === "$keys" ? "keys" : name === "$values" ? "values" : name.startsWith(REST_METHOD) ? "rest" : "className";
      for (const c of root.subtree()) if (!c.methods.has(name) && (kind === "className" || c.record)) c.methods.set(name, this.fe.inheritedMethod(c, name, kind));
    }
  }

  /**
   * Field `name` read (or written) through a value of several unrelated
   * classes: each class gets an accessor method (its own, or one
   * synthesized for its field); returns the accessor's name.
   */
  accessor(recv: SomeInstance, name: string, kind: "get" | "set"): string {
    const method = `${kind}$${name}`;
    for (const p of recv.possible!) {
      for (const c of p.subtree()) {
        if (c.lookupMethod(method)) continue;
        const f = c.lookupField(name);
        if (!f) {
          if (c.isAbstract) continue;
          // an optional property the class lacks (TypeScript let the value in): reads are undefined, as in JavaScript
          if (kind === "get") {
            c.methods.set(method, this.fe.missingPropertyGetter(c, name));
            continue;
          }
          return this.fail(M.missingPropertyWrite, c.name, name);
        }
        if (!f.owner.methods.has(method)) f.owner.methods.set(method, this.fe.fieldAccessor(f, kind));
      }
    }
    return method;
  }
}
