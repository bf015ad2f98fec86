// Module-level `let` bindings are globals: initialised at init time,
// reassigned at run time, shared by every function of their module.
import { describe, register, reset } from "./lib/registry.ts";

let calls = 0;
let longest = "";

function track(s: string): void {
  calls = calls + 1;
  if (s.length > longest.length) longest = s;
}

export function main(argv: string[]): number {
  console.log(describe());
  for (const n of ["alpha", "beta", "gamma", "delta"]) {
    const c = register(n);
    track(n);
    console.log(c + " " + describe());
  }
  reset();
  console.log(describe());
  register("omega");
  // allocate a lot: the globals must survive collections (they are GC roots)
  let junk = 0;
  for (let i = 0; i < 20000; i++) junk += ("x" + i).length;
  console.log(junk + " " + describe());
  console.log(calls + " " + longest);
  return 0;
}
