// The program's C as several translation units, compiled in parallel (as
// RPython's genc writes many .c files for make -j).  The first unit holds the
// data and the entry points; the functions follow in source-file order, cut
// into units of about unitBytes, so that a file's functions (which call each
// other most) stay together and gcc can still inline between them.  Only what
// another unit uses gets external linkage and a declaration there: the rest
// stays static, and a small program is one unit exactly as before.
import type { CData } from "./database.ts";

/** A translation unit: compiled to an object file of its own. */
export interface CUnit {
  readonly name: string;
  text: string;
}

/** One function's C, before the split decides its linkage. */
export interface CFunctionCode {
  readonly name: string;
  /** The source file it comes from (functions of one file share a unit). */
  readonly group: string;
  /** Its declarator, without storage class. */
  readonly signature: string;
  /** Called only on paths that raise: declared RTS_NOINLINE. */
  readonly noinline: boolean;
  /** The definition, starting with the declarator. */
  readonly code: string;
}

/** The pieces of a program's C (genc.ts). */
export interface ProgramParts {
  /** The start of every unit: a comment, includes, struct declarations. */
  readonly prelude: string;
  /** Code of the first unit before the data (static assertions). */
  readonly checks: string;
  readonly data: readonly CData[];
  readonly functions: readonly CFunctionCode[];
  /** The first unit's code after the functions: tables, the runtime's entry points. */
  readonly entry: string;
}

/** Names a unit may refer to: functions (f_…) and data (str_, loc_, pb_, g_…, idesc_, vt_, rts_vtables). */
const SYMBOL = /\b(?:f|str|loc|pb|g|idesc|vt)_\w+|\brts_vtables\b/g;

/** Unit size for a build: RTS_C_UNIT_BYTES, or about 4 MB of C per unit. */
export function defaultUnitBytes(): number {
  const n = Number(process.env.RTS_C_UNIT_BYTES);
  return Number.isFinite(n) && n > 0 ? n : 4_000_000;
}

export function splitUnits(parts: ProgramParts, unitBytes: number): CUnit[] {
  const owned = assignUnits(parts, unitBytes);
  const count = Math.max(0, ...owned.values()) + 1;
  const functions = new Map(parts.functions.map((f) => [f.name, f]));
  const data = new Map(parts.data.map((d) => [d.name, d]));
  const bodies: CFunctionCode[][] = Array.from({ length: count }, () => []);
  for (const f of parts.functions) bodies[owned.get(f.name)!].push(f);
  // who uses what (the data's initializers and the entry code are the first unit's): a name used outside its own unit is shared
  const uses: Set<string>[] = bodies.map((b, u) => usedSymbols([...(u === 0 ? [...parts.data.map((d) => d.def), parts.entry] : []), ...b.map((f) => f.code)], owned));
  const shared = new Set<string>();
  uses.forEach((names, u) => names.forEach((n) => owned.get(n) !== u && shared.add(n)));
  const storage = (n: string): string => (shared.has(n) ? "" : "static ");
  const proto = (f: CFunctionCode, own: boolean): string => `${f.noinline ? "RTS_NOINLINE " : ""}${own ? storage(f.name) : ""}${f.signature};`;

  return bodies.map((own, u) => {
    const out = [parts.prelude];
    const foreign = [...uses[u]].filter((n) => owned.get(n) !== u).sort();
    for (const n of foreign) if (data.has(n)) out.push(`extern ${data.get(n)!.decl};`);
    for (const n of foreign) if (functions.has(n)) out.push(proto(functions.get(n)!, false));
    if (u === 0) {
      out.push(parts.checks);
      for (const d of parts.data) if (d.forward) out.push(`${shared.has(d.name) ? "extern" : "static"} ${d.decl};`);
    }
    for (const f of own) out.push(proto(f, true));
    if (u === 0) for (const d of parts.data) out.push(`${storage(d.name)}${d.def};`);
    for (const f of own) out.push(storage(f.name) + f.code);
    if (u === 0) out.push(parts.entry);
    return { name: count === 1 ? "program" : `program-${u}`, text: out.join("\n") + "\n" };
  });
}

/**
 * Which unit defines each name: data in the first, functions grouped by
 * source file in order, a new unit when the current one reaches unitBytes
 * (a file larger than that is cut between its functions).
 */
function assignUnits(parts: ProgramParts, unitBytes: number): Map<string, number> {
  const owned = new Map<string, number>();
  for (const d of parts.data) owned.set(d.name, 0);
  const groups = new Map<string, CFunctionCode[]>();
  for (const f of parts.functions) {
    const g = groups.get(f.group);
    if (g) g.push(f);
    else groups.set(f.group, [f]);
  }
  let unit = 0;
  let size = parts.data.reduce((s, d) => s + d.def.length, parts.entry.length);
  for (const group of groups.values()) {
    const groupSize = group.reduce((s, f) => s + f.code.length, 0);
    if (size > 0 && size + groupSize > unitBytes && size >= unitBytes / 2) [unit, size] = [unit + 1, 0];
    for (const f of group) {
      if (size > 0 && size + f.code.length > unitBytes * 1.5) [unit, size] = [unit + 1, 0];
      owned.set(f.name, unit);
      size += f.code.length;
    }
  }
  return owned;
}

/** The program's own names the texts mention. */
function usedSymbols(texts: string[], known: Map<string, number>): Set<string> {
  const used = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(SYMBOL)) if (known.has(m[0])) used.add(m[0]);
  return used;
}
