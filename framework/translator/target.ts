// A target record: everything the toolchain needs to know about a machine.
// Targets are plugins (plugins/target-*): each registers one record with
// Toolchain.registerTarget, so a new target is one more folder.
import { execFileSync } from "node:child_process";

export interface Target {
  /** The name `--target` selects (x86-64, aarch64). */
  name: string;
  /** Bytes in a machine word and a pointer. */
  wordSize: number;
  endianness: "little" | "big";
  /** C compiler for this target on this host (a cross compiler when the host differs). */
  cc: string;
  /** Extra flags for every C compilation for this target. */
  cflags: string[];
  /** Extra flags for the final link only. */
  ldflags: string[];
  /** Command prefix that runs a binary of this target on this host ([] = run it directly). */
  runner: string[];
}

/** The Debian-style cross-compiler prefix for a target name. */
export const GNU_TRIPLES: Record<string, string> = { "x86-64": "x86_64-linux-gnu", aarch64: "aarch64-linux-gnu" };

/** The host's target name (from Node's process.arch). */
export function hostTarget(): string {
  return process.arch === "arm64" ? "aarch64" : process.arch === "x64" ? "x86-64" : process.arch;
}

/** Whether a program is on PATH (for tests and clear errors). */
export function hasTool(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v "$1"`, "sh", cmd], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A target record for `name`: native tools on a matching host, cross tools (static binaries run under qemu) elsewhere. */
export function gnuLinuxTarget(name: string, wordSize: number, qemu: string): Target {
  const native = hostTarget() === name;
  const triple = GNU_TRIPLES[name];
  return {
    name,
    wordSize,
    endianness: "little",
    cc: native ? (process.env.CC ?? "cc") : (process.env[`CC_${name.replace("-", "_").toUpperCase()}`] ?? `${triple}-gcc`),
    cflags: [],
    // cross binaries are linked statically so qemu-user runs them without a sysroot
    ldflags: native ? [] : ["-static"],
    runner: native ? [] : [qemu],
  };
}
