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
 * written to a temporary name and renamed, so a reader never sees a partial
 * file.  One process makes an entry while the others that want it wait: a
 * test suite's first translations with --jit all start by compiling the
 * same JIT runtime units (8 s of gcc each), four or five at once.
 */
export async function cachedFile(name: string, make: (tmp: string) => Promise<void>): Promise<string> {
  const file = path.join(cacheDir(), name);
  if (fs.existsSync(file)) return file;
  const lock = `${file}.lock`;
  const owned = await takeLock(lock, file);
  if (!owned && fs.existsSync(file)) return file;
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await make(tmp);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
    if (owned) fs.rmSync(lock, { force: true });
  }
  return file;
}

/** The longest wait for another process's entry before making it anyway (ms). */
const LOCK_WAIT = 300_000;

/**
 * Takes `lock` (a file holding this process's pid), or waits while another
 * live process holds it and `file` is not there yet: true when taken, false
 * when the wait ended (the file was made, its maker died, or LOCK_WAIT passed).
 */
async function takeLock(lock: string, file: string): Promise<boolean> {
  const started = Date.now();
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      return true;
    } catch {
      // held: by a live process?
    }
    if (fs.existsSync(file) || Date.now() - started > LOCK_WAIT) return false;
    const holder = Number(readOr(lock, ""));
    if (holder > 0 && !alive(holder)) {
      // (its maker was killed: the lock is stale)
      fs.rmSync(lock, { force: true });
      continue;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
