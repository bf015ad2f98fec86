// Target records: what the C backend needs to know about a machine.
// A new target is one more record (issue: AArch64 joins as a cross target).
export interface Target {
  name: string;
  wordSize: number;
  cc: string;
  cflags: string[];
  /** Command prefix to run a binary of this target on this machine ([] = run directly). */
  runner: string[];
}

const TARGETS: Record<string, Target> = {
  "x86-64": { name: "x86-64", wordSize: 8, cc: process.env.CC ?? "cc", cflags: [], runner: [] },
};

export function targetFor(name: string): Target {
  const t = TARGETS[name];
  if (!t) throw new Error(`unknown target '${name}' (available: ${Object.keys(TARGETS).join(", ")})`);
  return t;
}
