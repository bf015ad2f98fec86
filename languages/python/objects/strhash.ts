// The hash of a str's text as dicts use it (FNV-1a over the UTF-16 units, an
// int32): a leaf module, so code objects can hash their names when they are
// made and the interpreter looks globals up without hashing again.
import { elidable } from "rts/jit";

export function stringHash(s: string): number {
  let h = -2128831035;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}
elidable(stringHash);

/**
 * One string object per name: the compiler's attribute and global names and
 * the keys namespace dicts get (dictSetStr), so their probes and the
 * interpreter's maps and caches match by identity before comparing contents.
 */
const INTERNED = new Map<string, string>();

export function internName(name: string): string {
  const known = INTERNED.get(name);
  if (known !== undefined) return known;
  INTERNED.set(name, name);
  return name;
}
