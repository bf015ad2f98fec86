// Mistakes in how rts is called: one line naming the path and what to do,
// exit status 2, never a stack trace (docs/cli.md lists the statuses).
import * as fs from "node:fs";

/** Exit statuses of the rts command. */
export const EXIT = { ok: 0, programErrors: 1, usage: 2, internal: 3 } as const;

/** A mistake in how the command was called (exit status 2): one line, no stack trace. */
export class UsageError extends Error {}

/** The entry file must be a readable .ts file. */
export function checkEntry(entry: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(entry);
  } catch {
    throw new UsageError(`${entry}: no such file (give the program's entry module, e.g. prog.ts)`);
  }
  if (st.isDirectory()) throw new UsageError(`${entry} is a directory: give the program's entry module (a .ts file exporting main)`);
  if (!/\.(m?ts|tsx)$/.test(entry)) throw new UsageError(`${entry} is not a TypeScript file: give the program's entry module (a .ts file exporting main)`);
}
