// Two lists the JIT cannot tell apart: a machine's register list (a constant
// in the trace: the immutable field of a green) and a cell's item list read
// from the heap.  The optimizer keeps the register writes delayed across
// the item reads and writes by a guard that the two are different objects,
// resuming where the guard before it does when they are not.  Some cells
// hold the register list itself (from the start, and only after the loop is
// compiled): then the guard fails, and the interpreter must see every write.
import { JitDriver } from "rts/jit";

class Machine {
  constructor(readonly regs: number[]) {}
}

class Cell {
  constructor(public items: number[]) {}
}

const driver = new JitDriver({ greens: ["m"], reds: ["i", "n", "cells", "total"] });

function run(m: Machine, cells: Cell[], n: number): number {
  let i = 0;
  let total = 0;
  while (i < n) {
    driver.jitMergePoint({ m, i, n, cells, total });
    const regs = m.regs;
    regs[0] = i;
    regs[2] = regs[2] + 1;
    const c = cells[i % cells.length];
    const items = c.items;
    // a read of the cell's list between writes of the registers
    regs[1] = items[0] + regs[0];
    // a write of it between reads of the registers
    items[1] = regs[1] * 2 - regs[2];
    total = total + regs[0] + regs[1] + items[0] + items[1] + regs[2];
    if (total > 1000000) total = total - 1000000;
    i++;
    if (i === n >> 1) cells[3].items = regs; // the aliasing starts late too
    driver.canEnterJit({ m, i, n, cells, total });
  }
  return total;
}

export function main(argv: string[]): number {
  for (const n of [10, 200, 3000]) {
    const m = new Machine([0, 0, 0, 0]);
    const cells: Cell[] = [];
    for (let k = 0; k < 7; k++) cells.push(new Cell([k, k + 1]));
    // one cell holds the registers from the start
    cells[5].items = m.regs;
    const total = run(m, cells, n);
    console.log(String(n) + ": " + String(total) + " regs " + m.regs.join(",") + " items " + cells.map((c) => c.items.join("/")).join(" "));
  }
  return 0;
}
