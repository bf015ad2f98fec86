// The program's C as several translation units, compiled in parallel (as
// RPython's genc writes many .c files for make -j).  The first unit holds the
// data and the entry points; the functions follow in source-file order, cut
// into units of about unitBytes, so that a file's functions (which call each
// other most) stay together and gcc can still inline between them.  Only what
// another unit uses gets external linkage and a declaration there: the rest
// stays static, and a small program is one unit exactly as before.  A hot
// function (the JIT's hooks in the interpreter's dispatch) is copied, static
// and always inlined, into each unit that calls it.  The JIT
// runtime's functions (sourceRank 0) get units of their own, cut by their own
// sizes, each declaring only the structs it names: their text is the same in
// every program translated with --jit, so the C compiler's cache has their
// objects after the first.
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
  /** The JIT runtime's (the same in every program): in units of their own when the C is cut into units. */
  readonly library: boolean;
  /** Its declarator, without storage class. */
  readonly signature: string;
  /** Called only on paths that raise: declared RTS_NOINLINE. */
  readonly noinline: boolean;
  /** Tiny and on the interpreter's hottest paths: RTS_HOT (always inlined) where it is static. */
  readonly hot?: boolean;
  /** The definition, starting with the declarator. */
  readonly code: string;
}

/** A class's struct: its definition (pointer fields to other structs only). */
export interface CStruct {
  readonly name: string;
  readonly def: string;
}

/** The pieces of a program's C (genc.ts). */
export interface ProgramParts {
  /** The start of every unit: a comment, includes. */
  readonly prelude: string;
  /** The classes' structs: a unit declares those it names. */
  readonly structs: readonly CStruct[];
  /** Code of the first unit before the data (static assertions). */
  readonly checks: string;
  readonly data: readonly CData[];
  readonly functions: readonly CFunctionCode[];
  /** The first unit's code after the functions: tables, the runtime's entry points. */
  readonly entry: string;
}

/** Names a unit may refer to: functions (f_…) and data (str_, loc_, pb_, g_…, idesc_, vt_, tid_, tidmax_, rts_vtables). */
const SYMBOL = /\b(?:f|str|loc|pb|g|idesc|vt|tid|tidmax)_\w+|\brts_vtables\b/g;

/** Unit size for a build: RTS_C_UNIT_BYTES, or about 4 MB of C per unit. */
export function defaultUnitBytes(): number {
  const n = Number(process.env.RTS_C_UNIT_BYTES);
  return Number.isFinite(n) && n > 0 ? n : 4_000_000;
}

export function splitUnits(parts: ProgramParts, unitBytes: number): CUnit[] {
  const owned = assignUnits(parts, unitBytes);
  // (a loop, not Math.max(...): a big program's data has more names than a call takes arguments)
  let count = 1;
  for (const u of owned.values()) count = Math.max(count, u + 1);
  const functions = new Map(parts.functions.map((f) => [f.name, f]));
  const data = new Map(parts.data.map((d) => [d.name, d]));
  const bodies: CFunctionCode[][] = Array.from({ length: count }, () => []);
  for (const f of parts.functions) bodies[owned.get(f.name)!].push(f);
  // the JIT runtime's units: in an order of their own, not the one the program's rtyping made them in
  for (const b of bodies) if (b.length > 0 && b[0].library) b.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  // who uses what (the data's initializers and the entry code are the first unit's): a name used outside its own unit is shared
  const uses: Set<string>[] = bodies.map((b, u) => usedSymbols([...(u === 0 ? [...parts.data.map((d) => d.def), parts.entry] : []), ...b.map((f) => f.code)], owned));
  // a hot function of another unit: a static copy of its own in each unit that calls it (a call across units is never inlined)
  const copies: CFunctionCode[][] = uses.map((names, u) => {
    const copied: CFunctionCode[] = [];
    const work = [...names];
    while (work.length > 0) {
      const f = functions.get(work.pop()!);
      if (!f?.hot || owned.get(f.name) === u || copied.includes(f)) continue;
      copied.push(f);
      for (const n of usedSymbols([f.code], owned)) {
        if (names.has(n)) continue;
        names.add(n);
        work.push(n);
      }
    }
    return copied;
  });
  const isCopy = (n: string, u: number): boolean => copies[u].some((f) => f.name === n);
  const shared = new Set<string>();
  uses.forEach((names, u) => names.forEach((n) => owned.get(n) !== u && !isCopy(n, u) && shared.add(n)));
  // (a JIT runtime function is external whether or not the program's units call it: its unit's C does not depend on them)
  const storage = (n: string): string => (shared.has(n) || (count > 1 && functions.get(n)?.library) ? "" : "static ");
  // (always_inline only where every caller is in the unit: a static function)
  const hot = (f: CFunctionCode): string => (f.hot && storage(f.name) !== "" ? "RTS_HOT " : "");
  const proto = (f: CFunctionCode, own: boolean): string => `${f.noinline ? "RTS_NOINLINE " : ""}${own ? storage(f.name) + hot(f) : ""}${f.signature};`;

  return bodies.map((own, u) => {
    const body: string[] = [];
    const out = [parts.prelude];
    const foreign = [...uses[u]].filter((n) => owned.get(n) !== u && !isCopy(n, u)).sort();
    for (const n of foreign) if (data.has(n)) body.push(`extern ${data.get(n)!.decl};`);
    for (const n of foreign) if (functions.has(n)) body.push(proto(functions.get(n)!, false));
    if (u === 0) {
      body.push(parts.checks);
      for (const d of parts.data) if (d.forward) body.push(`${shared.has(d.name) ? "extern" : "static"} ${d.decl};`);
    }
    for (const f of own) body.push(proto(f, true));
    for (const f of copies[u]) body.push(`static RTS_HOT ${f.signature};`);
    if (u === 0) for (const d of parts.data) body.push(`${storage(d.name)}${d.def};`);
    for (const f of copies[u]) body.push(`static RTS_HOT ${f.code}`);
    for (const f of own) body.push(storage(f.name) + hot(f) + f.code);
    if (u === 0) body.push(parts.entry);
    const text = [...out, ...structsFor(body, parts.structs), ...body];
    return { name: count === 1 ? "program" : `program-${u}`, text: text.join("\n") + "\n" };
  });
}

/** The struct declarations a unit's text needs: every struct it names defined, and those their fields point to declared. */
function structsFor(body: string[], structs: readonly CStruct[]): string[] {
  const named = new Set<string>();
  for (const t of body) for (const m of t.matchAll(/\bstruct (\w+)/g)) named.add(m[1]);
  const defs = structs.filter((s) => named.has(s.name));
  const declared = new Set(named);
  for (const d of defs) for (const m of d.def.matchAll(/\bstruct (\w+)/g)) declared.add(m[1]);
  return [...structs.filter((s) => declared.has(s.name)).map((s) => `struct ${s.name};`), ...defs.map((s) => s.def), ""];
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
    // (a JIT runtime file's functions made for this program go with the program's)
    const key = `${f.library ? "library" : "program"} ${f.group}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  let unit = 0;
  let size = parts.data.reduce((s, d) => s + d.def.length, parts.entry.length);
  const place = (group: CFunctionCode[]): void => {
    const groupSize = group.reduce((s, f) => s + f.code.length, 0);
    if (size > 0 && size + groupSize > unitBytes && size >= unitBytes / 2) [unit, size] = [unit + 1, 0];
    for (const f of group) {
      if (size > 0 && size + f.code.length > unitBytes * 1.5) [unit, size] = [unit + 1, 0];
      owned.set(f.name, unit);
      size += f.code.length;
    }
  };
  const split = unitBytes !== Infinity;
  for (const group of groups.values()) if (!split || !group[0].library) place(group);
  if (!split) return owned;
  // the JIT runtime's, from a unit of their own, by file name (not in the order the program met them)
  const library = [...groups.values()].filter((g) => g[0].library).sort((a, b) => (a[0].group < b[0].group ? -1 : 1));
  if (library.length > 0 && size > 0) [unit, size] = [unit + 1, 0];
  for (const group of library) place(group);
  return owned;
}

/** The program's own names the texts mention. */
function usedSymbols(texts: string[], known: Map<string, number>): Set<string> {
  const used = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(SYMBOL)) if (known.has(m[0])) used.add(m[0]);
  return used;
}
