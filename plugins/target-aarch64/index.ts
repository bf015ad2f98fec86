// The AArch64 (Linux, AAPCS64) target: cross-compiled with
// aarch64-linux-gnu-gcc into a static binary that qemu-aarch64 runs;
// native on arm64 hosts.
import type { Plugin, Toolchain } from "rts/plugin";
import { gnuLinuxTarget } from "../target-common/gnu-linux.ts";

export const aarch64 = gnuLinuxTarget("aarch64", 8, "qemu-aarch64");

export class AArch64TargetPlugin implements Plugin {
  readonly name = "target-aarch64";
  apply(toolchain: Toolchain): void {
    toolchain.registerTarget(aarch64);
  }
}
