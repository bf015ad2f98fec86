// `rts run`: execute an RTS program untranslated on Node, with the same
// process contract as the translated binary (argv, exit status, uncaught
// exceptions printed as "Name: message" with status 1).
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { RLIB_MODULES } from "./rlib-paths.ts";
import { EXIT, UsageError, checkEntry } from "./usage.ts";

export async function runProgram(entry: string, args: string[]): Promise<number> {
  try {
    checkEntry(entry);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`rts: ${e.message}\n`);
    return EXIT.usage;
  }
  const os = (await import(pathToFileURL(RLIB_MODULES["rts/rlib/os"]).href)) as typeof import("../rlib/os.ts");
  // console.log as Node formats it, through the same stdout buffer as os.write
  console.log = (...args: unknown[]) => os.write(1, format(...args) + "\n");
  let mod: { main?: unknown };
  try {
    mod = await import(pathToFileURL(path.resolve(entry)).href);
  } catch (e) {
    // module-level code that throws: reported as an uncaught exception of the program
    os.flush();
    if (e instanceof SyntaxError) process.stderr.write(`${entry}: ${e.message} (run \`rts check ${entry}\`)\n`);
    else if (e instanceof Error) process.stderr.write(`${e.constructor.name}: ${e.message}\n`);
    else process.stderr.write(`uncaught: ${uncaughtName(e)}\n`);
    return 1;
  }
  if (typeof mod.main !== "function") {
    os.flush();
    process.stderr.write(`${entry}: the entry module must export function main(argv: string[]): number\n`);
    return 2;
  }
  const argv = [entry.replace(/\.ts$/, ""), ...args];
  let status: number;
  try {
    status = (mod.main as (argv: string[]) => number)(argv);
  } catch (e) {
    os.flush();
    if (e instanceof Error) process.stderr.write(`${e.constructor.name}: ${e.message}\n`);
    else process.stderr.write(`uncaught: ${uncaughtName(e)}\n`);
    return 1;
  }
  os.flush();
  return typeof status === "number" ? status : 0;
}

/** What an uncaught throw of something that is not an Error is reported as: its class, as translated programs do. */
function uncaughtName(e: unknown): string {
  return typeof e === "object" && e !== null ? e.constructor.name : String(e);
}
