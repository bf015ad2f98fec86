// GNU/Linux targets built with Debian's (cross) gcc: the record shared by
// plugins/target-x86-64 and plugins/target-aarch64.
import type { Target } from "../../framework/translator/target.ts";

/** The Debian-style cross-compiler prefix for a target name. */
const GNU_TRIPLES: Record<string, string> = { "x86-64": "x86_64-linux-gnu", aarch64: "aarch64-linux-gnu" };

/** The host's target name (from Node's process.arch). */
export function hostTarget(): string {
  return process.arch === "arm64" ? "aarch64" : process.arch === "x64" ? "x86-64" : process.arch;
}

/** A target record for `name`: native tools on a matching host, cross tools (static binaries run under qemu) elsewhere. */
export function gnuLinuxTarget(name: string, wordSize: number, qemu: string): Target {
  const native = hostTarget() === name;
  const triple = GNU_TRIPLES[name];
  const cc = native ? (process.env.CC ?? "cc") : (process.env[`CC_${name.replace("-", "_").toUpperCase()}`] ?? `${triple}-gcc`);
  return {
    name,
    native,
    wordSize,
    endianness: "little",
    cc,
    ccPackage: native ? "gcc" : `gcc-${triple.replace(/_/g, "-")}`,
    cflags: [],
    // cross binaries are linked statically so qemu-user runs them without a sysroot; native ones at a fixed
    // address (-no-pie): a PIE's prebuilt data is relocated pointer by pointer at every start, which writes to
    // (copies) most of its pages — the Python interpreter's 10 MB and 155,000 pointers: `python -c pass` took
    // 17 ms and 950 page faults as a PIE, 4.7 ms and 127 without
    ldflags: native ? ["-no-pie"] : ["-static"],
    runner: native ? [] : [qemu],
  };
}
