// Copies of one function whose C came out the same are one function.  The
// annotator copies a generic function or an rts/rlib helper per shape of
// its arguments (RPython's specialize:argtype); shapes that lower to the same
// low-level types often give the same C (a helper copied for a second list
// family, for a nullable string).  Which call gets which copy depends on the
// order the annotator met them, which changes with the rest of the program:
// merged, the JIT runtime's C names the same function in every program (and
// the program is smaller).
import type { CFunctionCode } from "./units.ts";
import type { CData } from "./database.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";

/** A copy's name with its copy number dropped: the names rtyper.ts gives copies (`f_name_hash`, `f_name_hash_1`...). */
const family = (name: string): string => name.replace(/_\d+$/, "");

/**
 * Merges functions of a family (same name but for the copy number) whose C
 * is the same but for their own names: the first name stays, calls of the
 * others call it, until no more merge (copies calling merged copies may be
 * the same now).  Renames in `functions`' code and `data`'s definitions, and
 * gives the merged LLFunctions the name that stayed (for what is emitted
 * later: vtables, tables); returns the functions left.
 */
export function mergeIdenticalCopies(functions: CFunctionCode[], data: CData[], llfunctions: Iterable<LLFunction>): CFunctionCode[] {
  const renamed = new Map<string, string>();
  let left = functions;
  for (;;) {
    const byFamily = new Map<string, CFunctionCode[]>();
    for (const f of left) {
      const k = family(f.name);
      const fs = byFamily.get(k);
      if (fs) fs.push(f);
      else byFamily.set(k, [f]);
    }
    const merged = new Map<string, string>();
    for (const fs of byFamily.values()) {
      if (fs.length < 2) continue;
      const seen = new Map<string, string>();
      for (const f of [...fs].sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : 1))) {
        const self = new RegExp(`\\b${f.name}\\b`, "g");
        const key = `${f.library}|${f.group}|${f.code.replace(self, "@SELF")}`;
        const same = seen.get(key);
        if (same) merged.set(f.name, same);
        else seen.set(key, f.name);
      }
    }
    if (merged.size === 0) break;
    for (const [from, to] of merged) renamed.set(from, to);
    for (const [from, to] of renamed) if (merged.has(to)) renamed.set(from, merged.get(to)!);
    const pattern = new RegExp(`\\b(?:${[...merged.keys()].join("|")})\\b`, "g");
    const rename = (text: string): string => text.replace(pattern, (n) => merged.get(n)!);
    const keep = left.filter((f) => !merged.has(f.name));
    // (a merged function is cold where all its copies were)
    const hot = new Set(left.filter((f) => !f.noinline).map((f) => merged.get(f.name) ?? f.name));
    left = keep.map((f) => ({ ...f, noinline: f.noinline && !hot.has(f.name), code: rename(f.code) }));
    for (let i = 0; i < data.length; i++) {
      const def = rename(data[i].def);
      if (def !== data[i].def) data[i] = { ...data[i], def };
    }
  }
  for (const f of llfunctions) f.cname = renamed.get(f.cname) ?? f.cname;
  return left;
}
