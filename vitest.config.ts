import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // the tests spawn compilers and binaries: two at a time fills two cores
    maxWorkers: 2,
    fileParallelism: true,
    maxConcurrency: 2,
  },
});
