// Quasi-immutable fields (immutableFields "name?", RPython's quasi-immutable
// fields): a traced loop folds `config.scale` and `config.table` of a
// promoted object to constants, and each write of the field invalidates the
// traces that folded it — written between runs of the loop (the next run
// must see the new value, not the compiled one), from a call inside the
// loop (the running trace must leave at its next guard_not_invalidated, in
// the same iteration), and by a subclass's method.  A loop that never
// writes runs compiled throughout.  The output is the same untranslated,
// translated and under the JIT.
// jit-summary: loops > 1
// jit-summary: invalidations > 2
import { JitDriver, immutableFields, promote } from "rts/jit";

class Config {
  scale: number;
  table: number[];
  name: string;
  constructor(scale: number, name: string) {
    this.scale = scale;
    this.table = [1, 2, 3];
    this.name = name;
  }
  setScale(s: number): void {
    this.scale = s;
  }
}
immutableFields(Config, "scale?", "table?", "name?");

class LoudConfig extends Config {
  bump(): void {
    this.scale = this.scale * 2 + 1;
    this.name = this.name + "!";
  }
}

const driver = new JitDriver({ greens: [], reds: ["i", "n", "acc", "cfg", "flipAt"] });

/** Sums scale * table[i % 3] + len(name); at i === flipAt the loop itself changes the scale. */
function run(cfg0: Config, n: number, flipAt: number): number {
  let i = 0;
  let acc = 0;
  const cfg = cfg0;
  while (i < n) {
    driver.jitMergePoint({ i, n, acc, cfg, flipAt });
    const c = promote(cfg);
    acc += c.scale * c.table[i % 3] + c.name.length;
    if (i === flipAt) c.setScale(c.scale + 100);
    if (acc > 1000000000) acc = acc % 1000003;
    i++;
    driver.canEnterJit({ i, n, acc, cfg, flipAt });
  }
  return acc;
}

const driver2 = new JitDriver({ greens: [], reds: ["i", "n", "acc", "cfg"] });

/** A subclass's object whose method rewrites both fields every 700 rounds. */
function loud(cfg: LoudConfig, n: number): string {
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver2.jitMergePoint({ i, n, acc, cfg });
    const c = promote(cfg);
    acc = (acc + c.scale + c.name.length) % 1000000007;
    if (i % 700 === 699) c.bump();
    i++;
    driver2.canEnterJit({ i, n, acc, cfg });
  }
  return `${acc} ${cfg.scale} ${cfg.name}`;
}

export function main(argv: string[]): number {
  const cfg = new Config(3 + argv.length, "base");
  console.log(run(cfg, 2000, -1));
  // written between runs: the compiled loop folded 3
  cfg.scale = 7;
  console.log(run(cfg, 2000, -1));
  cfg.table = [10, 20, 30];
  cfg.name = "renamed";
  console.log(run(cfg, 2000, -1));
  // written inside the loop, by a call, halfway
  console.log(run(cfg, 3000, 1500));
  console.log(`${cfg.scale} ${cfg.table.join(",")} ${cfg.name}`);
  // another object of the class: its own fields
  const other = new Config(11, "x");
  console.log(`${run(other, 1000, -1)} ${run(cfg, 1000, 10)}`);
  console.log(loud(new LoudConfig(1, "l"), 5000));
  return 0;
}
