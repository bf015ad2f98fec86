import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const { exports } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { exports: Record<string, string> };

export default defineConfig({
  resolve: {
    // rts/* (GC modules run untranslated on the simulated memory; plugins import
    // rts/plugin), from the one map: package.json "exports"
    alias: Object.entries(exports).map(([sub, file]) => ({ find: new RegExp(`^rts/${sub.slice(2)}$`), replacement: path.join(root, file) })),
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // the tests spawn compilers and binaries: two at a time fills two cores
    maxWorkers: 2,
    // (V8's parallel GC threads compete with the other processes on two busy cores: a collection on one thread
    // costs less CPU in all — also for the rts processes the harness starts, tests/harness.ts NODE_FLAGS)
    execArgv: ["--single-threaded-gc"],
    fileParallelism: true,
    maxConcurrency: 8,
  },
});
