// How much ordinary TypeScript RTS takes (issue 13's measure): each program
// of this folder goes through `rts check`; an accepted one is translated
// and run, and must print its .out (what Node prints). Prints a line per
// program, the share accepted and the share that then prints the same, and
// the rejections grouped by diagnostic. Exits 1 on a divergence (accepted,
// translated, different output): that is a bug, the others are the road.
// Usage: node --import ./framework/cli/register.mjs tests/ordinary/measure.ts [NN ...]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const RTS = path.join(ROOT, "bin/rts.js");
const only = process.argv.slice(2);
const programs = fs
  .readdirSync(HERE)
  .filter((f) => /^\d\d_.*\.ts$/.test(f) && (only.length === 0 || only.some((o) => f.startsWith(o))))
  .sort();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rts-ordinary-"));

let accepted = 0;
let same = 0;
let divergent = 0;
const reasons = new Map<string, number>();
for (const f of programs) {
  const file = path.join(HERE, f);
  const check = spawnSync(process.execPath, [RTS, "check", file], { encoding: "utf8" });
  if (check.status !== 0) {
    const errors = (check.stdout + check.stderr).split("\n").filter((l) => / error RTS\d+: /.test(l));
    for (const e of errors) {
      // (the message without its specifics: quoted names and types)
      const key = e.replace(/^.* error (RTS\d+): /, "$1 ").replace(/\([^)]*\)|'[^']*'|`[^`]*`/g, "…");
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    console.log(`${f.padEnd(28)} rejected (${errors.length} error${errors.length === 1 ? "" : "s"})`);
    continue;
  }
  accepted++;
  const exe = path.join(dir, f.replace(/\.ts$/, ""));
  const tr = spawnSync(process.execPath, [RTS, "translate", file, "-o", exe, "--quiet"], { encoding: "utf8" });
  if (tr.status !== 0) {
    divergent++;
    console.log(`${f.padEnd(28)} accepted, translation FAILED:\n${tr.stdout}${tr.stderr}`);
    continue;
  }
  const r = spawnSync(exe, [], { encoding: "utf8" });
  const expected = fs.readFileSync(file.replace(/\.ts$/, ".out"), "utf8");
  if (r.stdout === expected && r.status === 0) {
    same++;
    console.log(`${f.padEnd(28)} accepted, prints the same translated`);
  } else {
    divergent++;
    console.log(`${f.padEnd(28)} accepted, DIVERGES translated (status ${r.status})`);
  }
}
const pct = (n: number): string => `${((100 * n) / Math.max(1, programs.length)).toFixed(0)}%`;
console.log(`\naccepted by rts check: ${accepted}/${programs.length} (${pct(accepted)}); then the same translated: ${same}/${programs.length} (${pct(same)}); divergent: ${divergent}`);
if (reasons.size > 0) {
  console.log("\nrejections by diagnostic:");
  for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(n).padStart(5)}  ${k}`);
}
fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = divergent > 0 ? 1 : 0;
