// Node module hooks that run the toolkit (and RTS programs under `rts run`)
// from TypeScript source: `.ts` modules are compiled with esbuild on load,
// and the `rts/...` specifiers resolve to the toolkit's library modules
// wherever the program lives.  Plain JS: it runs in Node's loader thread.
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transform, version } from "esbuild";

// compiled modules, by the hash of their text (content-addressed: safe to share)
const CACHE = join(tmpdir(), `rts-ts-cache-${version}`);
let cacheReady = null;

// rts/... -> file URL, from the one map: package.json "exports"
const PACKAGE = new URL("../../package.json", import.meta.url);
const RLIB = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(PACKAGE, "utf8")).exports).map(([sub, file]) => [`rts/${sub.slice(2)}`, new URL(file, PACKAGE).href]),
);

export async function resolve(specifier, context, nextResolve) {
  const target = RLIB[specifier];
  if (target !== undefined) return { url: target, shortCircuit: true, format: "module" };
  const resolved = await nextResolve(specifier, context);
  // RTS modules are always ES modules, also outside a "type": "module" package.
  if (resolved.url.startsWith("file:") && /\.m?ts$/.test(resolved.url.split("?")[0])) return { ...resolved, format: "module" };
  return resolved;
}

export async function load(url, context, nextLoad) {
  const plain = url.split("?")[0];
  if (!plain.startsWith("file:") || !/\.m?ts$/.test(plain)) return nextLoad(url, context);
  const file = fileURLToPath(plain);
  const text = await readFile(file, "utf8");
  const key = join(CACHE, createHash("sha256").update(file).update("\0").update(text).digest("hex").slice(0, 32) + ".js");
  try {
    return { format: "module", source: await readFile(key, "utf8"), shortCircuit: true };
  } catch {
    // not compiled yet
  }
  const out = await transform(text, { loader: "ts", format: "esm", target: "node20", sourcemap: "inline", sourcefile: file });
  try {
    cacheReady ??= mkdir(CACHE, { recursive: true });
    await cacheReady;
    const tmp = `${key}.${process.pid}.tmp`;
    await writeFile(tmp, out.code);
    await rename(tmp, key);
  } catch {
    // a read-only or full temp folder only costs speed
  }
  return { format: "module", source: out.code, shortCircuit: true };
}
