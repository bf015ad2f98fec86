// The translation cache: compiled objects and translated GC modules, keyed
// by the hash of everything that went into them, in a folder of this
// checkout's own (two checkouts, or two test runs of different trees, never
// share or race on entries).  RTS_CACHE_DIR overrides the place.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { TOOLKIT_ROOT } from "../cli/rlib-paths.ts";

export function cacheDir(): string {
  const dir = process.env.RTS_CACHE_DIR ?? path.join(os.tmpdir(), `rts-cache-${createHash("sha256").update(TOOLKIT_ROOT).digest("hex").slice(0, 12)}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A short content hash of strings and buffers. */
export function contentHash(...parts: (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(p);
    h.update("\0");
  }
  return h.digest("hex").slice(0, 20);
}

/**
 * The cached file `name` (made by `make(tmp)` on a miss).  Entries are
 * written to a temporary name and renamed, so concurrent makers of the same
 * entry never see a partial file.
 */
export async function cachedFile(name: string, make: (tmp: string) => Promise<void>): Promise<string> {
  const file = path.join(cacheDir(), name);
  if (fs.existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await make(tmp);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return file;
}
