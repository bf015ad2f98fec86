// Call signatures shared by the annotator and the rtyper: how the arguments
// of a call map onto a function's parameters, and which functions are
// generic (copied per argument shape).
import { ts } from "ts-morph";
import { FunctionDesc } from "../flow/descriptors.ts";
import type { Frontend } from "../frontend/frontend.ts";
import { M, type Message } from "../diagnostics/messages.ts";
import { SomeFunction, SomeInstance, SomeList, SomeMap, SomeMapIter, SomeTyped, s_bool, s_float, s_impossible, s_int, s_str, s_undef, type SomeValue } from "./model.ts";

/**
 * The arguments of a call to a function with optional parameters: the
 * parameters not passed are impossible (the callee uses their default),
 * then the mask of the passed ones.
 */
export function optionalArgs<T>(fn: FunctionDesc, args: T[], given: boolean[] | undefined, missing: (i: number) => T = () => s_impossible as T, mask: (m: number) => T = () => s_int as T): T[] {
  const self = fn.kind === "function" ? 0 : 1;
  const out = args.slice(0, self);
  const decls = fn.decl?.parameters;
  let m = 0;
  for (let i = 0; i < fn.params.length; i++) {
    const j = self + i;
    // an explicit undefined selects an optional parameter's default; a required parameter takes it as its value
    const optional = !decls?.[i] || decls[i].questionToken !== undefined || decls[i].initializer !== undefined;
    if (j < args.length && (!optional || (given?.[i] ?? true))) {
      out.push(args[j]);
      m |= 1 << i;
    } else out.push(missing(j));
  }
  out.push(mask(m));
  return out;
}

/**
 * The result a function's TypeScript signature declares, where it is a
 * simple one (the annotator gives it to a function whose body had an
 * error, so that its callers are checked too).
 */
export function declaredResult(fe: Frontend, fn: FunctionDesc): SomeValue | null {
  if (!fn.decl) return null;
  const sig = fe.checker.getSignatureFromDeclaration(fn.decl);
  if (!sig) return null;
  const t = fe.checker.getReturnTypeOfSignature(sig);
  const f = t.getFlags();
  const TF = ts.TypeFlags;
  if (f & (TF.Void | TF.Undefined)) return s_undef;
  if (f & TF.NumberLike) return s_float;
  if (f & TF.StringLike) return s_str;
  if (f & TF.BooleanLike) return s_bool;
  const cls = fe.types.classOfType(t, true, fn.typeEnv);
  return cls ? new SomeInstance(cls, fe.types.isNullable(t)) : null;
}

/** A top-level function with type parameters (specialized per call shape). */
export function isGeneric(fn: FunctionDesc): boolean {
  return fn.kind === "function" && hasTypeParameters(fn);
}

/** A generic arrow function or function expression (`<T>(x: T) => x`): specialized per call shape where it is the only possible callee. */
export function isGenericClosure(fn: FunctionDesc): boolean {
  return fn.kind === "closure" && hasTypeParameters(fn);
}

function hasTypeParameters(fn: FunctionDesc): boolean {
  return !fn.specializedFrom && !!fn.decl && !!fn.decl.typeParameters && fn.decl.typeParameters.length > 0;
}

/**
 * A helper whose result is a new container the caller goes on to fill as
 * it likes (`new Array(n).fill(x)`): `@specialize call-site` in its doc
 * comment gives each call site a copy of its own (RPython's
 * specialize:call_location), so two sites with the same argument shapes do
 * not share one list family.
 */
export function specializesPerCallSite(fn: FunctionDesc): boolean {
  return !!fn.decl && ts.getJSDocTags(fn.decl).some((t) => t.tagName.text === "specialize" && String(t.comment ?? "").startsWith("call-site"));
}

/** The copies of generic functions, one per combination of argument shapes. */
export class GenericCopies {
  constructor(private readonly fail: (m: Message, ...args: string[]) => never) {}

  private specializations = new Map<FunctionDesc, Map<string, FunctionDesc>>();
  private ids = new Map<object, number>();

  private idOf(x: object): number {
    let n = this.ids.get(x);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(x, n);
    }
    return n;
  }

  /** What a generic function's copy is specialized for: the shape of each argument. */
  private specKey(a: SomeValue): string {
    const q = (a.nullable ? "?" : "") + (a.undef ? "~" : "");
    if (a instanceof SomeInstance) return `I${this.idOf(a.cls)}${q}`;
    if (a instanceof SomeList) return `L${this.idOf(a.def)}${q}`;
    if (a instanceof SomeMap) return `M${this.idOf(a.def)}${q}`;
    if (a instanceof SomeMapIter) return `E${this.idOf(a.map.def)}`;
    if (a instanceof SomeTyped) return `T${a.elem}${q}`;
    if (a instanceof SomeFunction) return `F${[...a.descs].map((d) => this.idOf(d)).sort((x, y) => x - y).join(".")}${q}`;
    return a.kind + q;
  }

  /**
   * Generic functions get one copy per combination of argument shapes (as
   * RPython's specialize:argtype), so `identity<T>` on ints and on strings,
   * or `arrayMap` over two unrelated arrays, do not mix their types.
   */
  specialize(fn: FunctionDesc, args: SomeValue[], site?: object): FunctionDesc {
    let table = this.specializations.get(fn);
    if (!table) this.specializations.set(fn, (table = new Map()));
    const key = args.map((a) => this.specKey(a)).join(",") + (site ? `@${this.idOf(site)}` : "");
    let spec = table.get(key);
    if (!spec) {
      // (a large program has hundreds of array families, each its own copy of rts/rlib helpers such as listPush: the cap is for runaway recursion)
      if (table.size >= 512 && !site) this.fail(M.tooManySpecializations, fn.name);
      spec = new FunctionDesc(table.size === 0 ? fn.name : `${fn.name}_${table.size}`, fn.kind, fn.decl, fn.cls, fn.params, fn.loc, fn.isAbstract);
      spec.specializedFrom = fn;
      // a closure's copy reads the captures of the original's closure object
      spec.captures = fn.captures;
      spec.envClass = fn.envClass;
      spec.restFrom = fn.restFrom;
      spec.typeEnv = fn.typeEnv;
      table.set(key, spec);
    }
    return spec;
  }

  /** A copy of fn no call site has used yet (Annotator.helperCallee). */
  fresh(fn: FunctionDesc): FunctionDesc {
    const base = fn.specializedFrom ?? fn;
    const n = (this.freshCount.get(base) ?? 0) + 1;
    this.freshCount.set(base, n);
    const copy = new FunctionDesc(`${base.name}_h${n}`, base.kind, base.decl, base.cls, base.params, base.loc, base.isAbstract);
    copy.specializedFrom = base;
    return copy;
  }
  private freshCount = new Map<FunctionDesc, number>();
}
