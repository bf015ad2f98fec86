// A target record: everything the toolchain needs to know about a machine.
// Targets are plugins (plugins/target-*): each registers one record with
// Toolchain.registerTarget, so a new target is one more folder.
import { execFileSync } from "node:child_process";

export interface Target {
  /** The name `--target` selects (x86-64, aarch64). */
  name: string;
  /** Whether binaries for this target run on this machine directly (the default target is the one that does). */
  native: boolean;
  /** Bytes in a machine word and a pointer. */
  wordSize: number;
  endianness: "little" | "big";
  /** C compiler for this target on this host (a cross compiler when the host differs). */
  cc: string;
  /** What to install when `cc` is missing (shown in the error). */
  ccPackage: string;
  /** Extra flags for every C compilation for this target. */
  cflags: string[];
  /** Extra flags for the final link only. */
  ldflags: string[];
  /** Command prefix that runs a binary of this target on this host ([] = run it directly). */
  runner: string[];
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
