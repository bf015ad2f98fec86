import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    // GC modules import rts/*; tests run them untranslated on the simulated memory
    alias: [
      { find: /^rts\/ll$/, replacement: path.join(root, "framework/rlib/ll.ts") },
      { find: /^rts\/rlib$/, replacement: path.join(root, "framework/rlib/index.ts") },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // the tests spawn compilers and binaries: two at a time fills two cores
    maxWorkers: 2,
    fileParallelism: true,
    maxConcurrency: 8,
  },
});
