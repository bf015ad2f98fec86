// Run by load.test.ts in a plain Node process (the Load stage registers
// module hooks, which vitest's module runner does not use): loads small
// programs with the real Load stage and prints what it found, as JSON.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Frontend } from "../../framework/frontend/frontend.ts";
import { loadProgram } from "../../framework/translator/load.ts";
import { RtsError } from "../../framework/diagnostics/diagnostic.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rts-load-"));

const PROGRAM = `
class Counter {
  static #made = 0;
  #hidden: number;
  constructor(public label: string) {
    this.#hidden = label.length;
    Counter.#made++;
  }
  get hidden(): number { return this.#hidden; }
}
const TABLE = [3, 1, 2].sort((a, b) => a - b);
const NAMES = new Map<string, number>([["one", 1], ["two", 2]]);
const FIRST = new Counter("first");
const OPS = [(x: number) => x + 1, function twice(x: number): number { return x * 2; }];
let runs = TABLE.length;
export function main(argv: string[]): number {
  runs++;
  return OPS[0](runs) + FIRST.hidden + NAMES.size;
}
`;

const PRINTS = `
const GREETING = "hello";
console.log(GREETING);
export function main(argv: string[]): number { return 0; }
`;

async function load(name: string, src: string): Promise<Frontend> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, src);
  const fe = new Frontend(file);
  await loadProgram(fe);
  return fe;
}

const out: Record<string, unknown> = {};
const fe = await load("prog.ts", PROGRAM);
const globals = Object.fromEntries(fe.allGlobals().filter((g) => g.loaded).map((g) => [g.name, g.value]));
out.table = globals.TABLE;
out.names = [...(globals.NAMES as Map<string, number>)];
out.runs = globals.runs;
const first = globals.FIRST as object;
const counter = fe.allClasses.find((c) => c.name === "Counter")!;
out.firstIsCounter = first instanceof (counter.runtimeClass as new (...a: never[]) => object);
out.made = fe.staticFields(counter.decl!).find((g) => g.name.endsWith("#made"))?.value; // a static #private field
// init-time function values map back to their source
const ops = globals.OPS as unknown[];
out.functions = ops.map((f) => {
  const d = fe.functionOfRuntime(f);
  return d ? { kind: d.kind, name: d.name, line: d.loc?.line } : null;
});
// a second load runs module-level code again (a fresh module instance)
const again = await load("prog.ts", PROGRAM);
out.secondFirstIsNew = again.allGlobals().find((g) => g.name === "FIRST")?.value !== first;
// output from module-level code is an error located in the program
try {
  await load("prints.ts", PRINTS);
  out.printError = null;
} catch (e) {
  const d = (e as RtsError).diagnostics?.[0];
  out.printError = d ? { code: d.code, line: d.loc?.line, message: d.message } : String(e);
}
process.stdout.write(JSON.stringify(out) + "\n");
