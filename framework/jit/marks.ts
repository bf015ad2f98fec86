// The JIT's marks on the program's functions (rts/jit elidable, unrollSafe,
// dontLookInside), made by module-level code at init time: resolved to
// source positions, which every copy the translator makes of a function
// (specializations, helper copies) shares.
import { LOOK_INSIDE_IFF, MARKED_FIELDS, MARKED_FUNCTIONS, VIRTUALIZABLE_FIELDS } from "../rlib/jit.ts";
import type { Frontend } from "../frontend/frontend.ts";
import type { FieldDesc, FunctionDesc } from "../flow/descriptors.ts";
import { formatLoc, type SourceLoc } from "../flow/model.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { M, fillMessage } from "../diagnostics/messages.ts";

export type JitMark = "elidable" | "unrollSafe" | "dontLookInside" | "lookInsideIff";

/** Marks by the marked function's source position (formatLoc). */
export type JitMarks = ReadonlyMap<string, ReadonlySet<JitMark>>;

export function locKey(loc: SourceLoc | null | undefined): string {
  return formatLoc(loc);
}

export function jitMarks(fe: Frontend): JitMarks {
  const out = new Map<string, Set<JitMark>>();
  const errors: RtsDiagnostic[] = [];
  for (const [fn, { marks, where }] of MARKED_FUNCTIONS) {
    const desc = fe.runtimeFunctions.get(fn) ?? methodOf(fe, fn) ?? markedInOwnModule(fe, fn, where);
    if (!desc) {
      errors.push(new RtsDiagnostic(M.jitMarkTarget.code, fillMessage(M.jitMarkTarget, [marks.join(", ")]), locOf(where), M.jitMarkTarget.hint ?? null));
      continue;
    }
    const key = locKey(desc.loc);
    const set = out.get(key) ?? out.set(key, new Set()).get(key)!;
    for (const m of marks) set.add(m as JitMark);
  }
  if (errors.length > 0) throw new RtsError(errors);
  return out;
}

/**
 * rts/jit lookInsideIff: each marked function's predicate, by the marked
 * function's source position.  The function is declared at the top level
 * or is a method (its predicate then takes the receiver first), the
 * predicate at the top level, with as many parameters, none optional, the
 * predicate not generic (it is annotated with the arguments of each call).
 */
export function jitLookInsideIff(fe: Frontend): ReadonlyMap<string, FunctionDesc> {
  const out = new Map<string, FunctionDesc>();
  const errors: RtsDiagnostic[] = [];
  for (const [fn, { predicate, where }] of LOOK_INSIDE_IFF) {
    const fail = (what: string): void => {
      errors.push(new RtsDiagnostic(M.jitLookInsideIff.code, fillMessage(M.jitLookInsideIff, [what]), locOf(where), M.jitLookInsideIff.hint ?? null));
    };
    const desc = fe.runtimeFunctions.get(fn) ?? methodOf(fe, fn);
    const pred = fe.runtimeFunctions.get(predicate);
    // (a method's predicate takes the receiver, then the method's parameters)
    const wanted = desc ? desc.params.length + (desc.kind === "method" ? 1 : 0) : 0;
    if (!desc) fail("its function is not a function declared at the top level or a method of the program");
    else if (!pred) fail("its predicate is not a function declared at the top level of the program");
    else if (pred.params.length !== wanted) fail(`the predicate ${pred.name} takes ${pred.params.length} parameter${pred.params.length === 1 ? "" : "s"} and ${desc.qualname} ${desc.params.length}${desc.kind === "method" ? " and its receiver" : ""} (it is called with ${desc.qualname}'s arguments${desc.kind === "method" ? ", the receiver first" : ""})`);
    else if (desc.optional || pred.optional) fail(`${desc.optional ? desc.name : pred.name} has optional parameters (give each parameter a value at every call)`);
    else if (pred.decl?.typeParameters?.length) fail(`the predicate ${pred.name} is generic (give its parameters ${desc.name}'s types)`);
    else out.set(locKey(desc.loc), pred);
  }
  if (errors.length > 0) throw new RtsError(errors);
  return out;
}

/** The source position in a stack frame line ("f (/path/x.ts:12:3)"), if it has one. */
export function locOf(where: string): SourceLoc | null {
  const m = /\(?((?:file:\/\/)?[^()]+?):(\d+):(\d+)\)?$/.exec(where);
  if (!m) return null;
  const file = m[1].replace(/^file:\/\//, "").replace(/\?.*$/, "");
  return { file, line: Number(m[2]), col: Number(m[3]) };
}

/**
 * A function of a module the program does not import but the translator
 * calls (an rts/rlib helper: Math.pow's fdlibmPow), marked in its own
 * module next to its declaration.
 */
function markedInOwnModule(fe: Frontend, fn: unknown, where: string): FunctionDesc | null {
  const file = locOf(where)?.file;
  return file && typeof fn === "function" ? fe.exportedFunction(fn.name, file) : null;
}

function methodOf(fe: Frontend, fn: unknown) {
  for (const c of fe.allClasses) {
    const proto = (c.runtimeClass as { prototype?: Record<string, unknown> } | undefined)?.prototype;
    if (!proto) continue;
    for (const [name, d] of c.methods) if (Object.getOwnPropertyDescriptor(proto, name)?.value === fn) return d;
  }
  return null;
}

/** What rts/jit immutableFields says of a field: constant once seen, and (items) so are the items of the array it holds. */
export interface FieldMark {
  items: boolean;
  /** `name?`: quasi-immutable — folded like an immutable field, and a write invalidates the traces that folded it. */
  quasi: boolean;
  /** Where the mark was made (the caller's stack line). */
  where: string;
}

/** The fields marked with immutableFields, resolved to the program's fields (a located error for a class or field that is not the program's). */
export function jitFieldMarks(fe: Frontend): ReadonlyMap<FieldDesc, FieldMark> {
  return resolveFieldMarks(fe, MARKED_FIELDS, M.jitFieldMark);
}

/** The fields rts/jit virtualizable declares (items: `name[*]`, the items of the array it holds), resolved like jitFieldMarks; a field also immutable is an error. */
export function jitVirtualizableFields(fe: Frontend): ReadonlyMap<FieldDesc, FieldMark> {
  const out = resolveFieldMarks(fe, VIRTUALIZABLE_FIELDS, M.jitVableField);
  const immutable = jitFieldMarks(fe);
  const errors: RtsDiagnostic[] = [];
  for (const [f, { where }] of out) {
    if (!immutable.has(f)) continue;
    errors.push(new RtsDiagnostic(M.jitVableField.code, fillMessage(M.jitVableField, [`${f.owner.name}.${f.name} is also marked immutable (immutableFields): a field is one or the other`]), locOf(where), M.jitVableField.hint ?? null));
  }
  if (errors.length > 0) throw new RtsError(errors);
  return out;
}

function resolveFieldMarks(fe: Frontend, marked: typeof MARKED_FIELDS, message: typeof M.jitFieldMark): Map<FieldDesc, FieldMark> {
  const out = new Map<FieldDesc, FieldMark>();
  const errors: RtsDiagnostic[] = [];
  for (const [cls, { fields, where }] of marked) {
    const desc = fe.allClasses.find((c) => c.runtimeClass === cls);
    for (const spec of fields) {
      const name = spec.replace(/(\[\*\]|\?)$/, "");
      const f = desc?.lookupField(name) ?? null;
      if (!desc || !f) {
        const what = desc ? `${desc.name} has no field ${name}` : "its first argument is not a class of the program";
        errors.push(new RtsDiagnostic(message.code, fillMessage(message, [what]), locOf(where), message.hint ?? null));
        continue;
      }
      const mark = out.get(f) ?? out.set(f, { items: false, quasi: false, where }).get(f)!;
      if (spec.endsWith("[*]")) mark.items = true;
      if (spec.endsWith("?")) mark.quasi = true;
      if (mark.quasi && mark.items) errors.push(new RtsDiagnostic(message.code, fillMessage(message, [`${desc.name}.${name} is marked both "${name}?" and "${name}[*]": a quasi-immutable field's array items are not folded`]), locOf(where), message.hint ?? null));
    }
  }
  if (errors.length > 0) throw new RtsError(errors);
  return out;
}

