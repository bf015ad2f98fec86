// The x86-64 (Linux, System V ABI) target: native on x86-64 hosts, cross
// (x86_64-linux-gnu-gcc, run under qemu-x86_64) elsewhere.
import type { Plugin, Toolchain } from "rts/plugin";
import { gnuLinuxTarget } from "../target-common/gnu-linux.ts";

export const x86_64 = gnuLinuxTarget("x86-64", 8, "qemu-x86_64");

export class X86_64TargetPlugin implements Plugin {
  readonly name = "target-x86-64";
  apply(toolchain: Toolchain): void {
    toolchain.registerTarget(x86_64);
  }
}
