// An example plugin: after rtyping, counts the low-level operations of every
// function and prints the largest ones (to stderr, or to the file named by
// the `file` option).  Register it in rts.config.ts:
//
//   import { OpCounterPlugin } from "./op-counter.ts";
//   export default { plugins: [new OpCounterPlugin({ top: 10 })] };
import * as fs from "node:fs";
import type { Plugin, Toolchain } from "rts/plugin";

export interface OpCounterOptions {
  top?: number;
  file?: string;
}

export class OpCounterPlugin implements Plugin {
  readonly name = "op-counter";
  constructor(private readonly options: OpCounterOptions = {}) {}

  apply(toolchain: Toolchain): void {
    toolchain.hooks.rtyped.tap(this.name, (program) => {
      const counts = program.graphs.map((g) => {
        const byOp = new Map<string, number>();
        let total = 0;
        for (const [, op] of g.operations()) {
          byOp.set(op.opname, (byOp.get(op.opname) ?? 0) + 1);
          total++;
        }
        return { name: g.name, total, byOp };
      });
      counts.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
      const lines = ["low-level operations per function (after rtyping):"];
      for (const c of counts.slice(0, this.options.top ?? 10)) {
        const common = [...c.byOp].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([op, n]) => `${op} ${n}`).join(", ");
        lines.push(`  ${c.name.padEnd(28)} ${String(c.total).padStart(5)}  (${common})`);
      }
      const text = lines.join("\n") + "\n";
      if (this.options.file) fs.writeFileSync(this.options.file, text);
      else process.stderr.write(text);
    });
  }
}
