// The rts command on bad input: every user mistake gets one line naming the
// path and what to do, with the documented exit status (docs/cli.md), never
// a toolchain stack trace; and the main() contract is checked.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, rtsAsync, runAsync, tmpDir } from "./harness.ts";

const dir = tmpDir("cli");
const ok = path.join(dir, "ok.ts");
fs.writeFileSync(ok, "export function main(argv: string[]): number {\n  return argv.length - 1;\n}\n");
const STACK = /^\s+at .*:\d+:\d+\)?$/m;

async function usage(args: string[], message: RegExp): Promise<void> {
  const r = await rtsAsync(args);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.status).toBe(2);
}

describe.concurrent("rts on bad input", () => {
  it("run: a missing file or a folder is a usage error", async () => {
    await usage(["run", "nope.ts"], /^rts: nope\.ts: no such file/);
    await usage(["run", dir], /is a directory/);
  });
  it("translate: a folder, a file that is not TypeScript, a missing file", async () => {
    await usage(["translate", dir], /is a directory/);
    await usage(["translate", path.join(ROOT, "README.md")], /is not a TypeScript file/);
    await usage(["translate", "nope.ts"], /nope\.ts: no such file/);
  });
  it("translate: -o into a missing folder or onto a folder", async () => {
    await usage(["translate", ok, "-o", "/nonexistent-dir/x"], /the folder \/nonexistent-dir does not exist/);
    await usage(["translate", ok, "-o", dir], /is a directory/);
  });
  it("check: a folder", async () => {
    await usage(["check", dir], /is a directory/);
  });
  it("a reader that stops early (| head) is not a crash", async () => {
    const r = await runAsync("sh", ["-c", `"${process.execPath}" bin/rts.js plugins | head -1`]);
    expect(r.stdout).toMatch(/^target-/);
    expect(r.stderr).toBe("");
  });
  it("--version prints the toolkit's version", async () => {
    const r = await rtsAsync(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^rts \d+\.\d+\.\d+ \(node v\d+/);
  });
});

describe.concurrent("rts interp", () => {
  it("recurses as deeply as the binary (its own thread has a large stack), and gives the program's exit status", async () => {
    const read = (f: string): string => fs.readFileSync(path.join(ROOT, "tests/programs", f), "utf8");
    const deep = await rtsAsync(["interp", "tests/programs/05_recursion.ts"]);
    expect(deep.stderr).toBe("");
    expect(deep.stdout).toBe(read("05_recursion.out"));
    const exit = await rtsAsync(["interp", "tests/programs/51_exit_status.ts"]);
    expect(exit.status).toBe(Number(read("51_exit_status.status")));
  });
  it("--jit runs the JIT's runtime in the llinterp too (RTS_JIT_THRESHOLD read there), with the program's output", async () => {
    const read = (f: string): string => fs.readFileSync(path.join(ROOT, "tests/programs", f), "utf8");
    const r = await rtsAsync(["interp", "--jit", "tests/programs/120_jit_float_loop.ts"], { env: { RTS_JIT_THRESHOLD: "3", RTSLOG: "jit-summary" } });
    expect(r.stdout).toBe(read("120_jit_float_loop.out"));
    expect(r.stderr).toMatch(/jit-summary loops [1-9]/);
  });
});

describe.concurrent("main()", () => {
  it("takes one string array: a rest parameter is a located error", async () => {
    const f = path.join(dir, "rest.ts");
    fs.writeFileSync(f, "export function main(...argv: string[]): number {\n  return 0;\n}\n");
    const r = await rtsAsync(["check", f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${f}:1:22: error RTS1004`);
  });
  it("may give argv a default", async () => {
    const f = path.join(dir, "dflt.ts");
    fs.writeFileSync(f, "export function main(argv: string[] = []): number {\n  console.log(argv.length);\n  return 0;\n}\n");
    const exe = path.join(dir, "dflt");
    expect((await rtsAsync(["translate", f, "-o", exe, "--quiet"])).status).toBe(0);
    const r = await rtsAsync(["run", f, "a", "b"]);
    expect(r.stdout).toBe("3\n");
  });
});
