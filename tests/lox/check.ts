// Runs the Lox conformance suite against any Lox implementation:
//   node --import ./framework/cli/register.mjs tests/lox/check.ts                  bin/lox (npm run build:lox first)
//   node --import ./framework/cli/register.mjs tests/lox/check.ts --lox /path/clox  a reference implementation
//   node --import ./framework/cli/register.mjs tests/lox/check.ts --untranslated    `rts run languages/lox/main.ts`
//   ... [FILE.lox | DIR]...                               only these tests
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkOutcome, loxTests, parseExpectations } from "./expect.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function main(): number {
  const args = process.argv.slice(2);
  let cmd = [path.join(ROOT, "bin/lox")];
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--lox") cmd = [args[++i]];
    else if (args[i] === "--untranslated") cmd = [process.execPath, "--stack-size=8000", path.join(ROOT, "bin/rts.js"), "run", path.join(ROOT, "languages/lox/main.ts")];
    else targets.push(args[i]);
  }
  if (targets.length === 0) targets.push(path.join(ROOT, "tests/lox"));
  const files = targets.flatMap((t) => (fs.statSync(t).isDirectory() ? loxTests(t) : [t]));
  let failed = 0;
  for (const file of files) {
    const r = spawnSync(cmd[0], [...cmd.slice(1), file], { encoding: "utf8", timeout: 60_000 });
    const problems = checkOutcome(parseExpectations(fs.readFileSync(file, "utf8")), {
      status: r.status ?? -1,
      stdout: r.stdout ?? "",
      stderr: r.stderr ?? "",
    });
    if (problems.length > 0) {
      failed++;
      console.log(`FAIL ${path.relative(ROOT, file)}\n${problems.join("\n")}\n`);
    }
  }
  console.log(`${files.length - failed} passed, ${failed} failed (${files.length} tests)`);
  return failed === 0 ? 0 : 1;
}

process.exit(main());
