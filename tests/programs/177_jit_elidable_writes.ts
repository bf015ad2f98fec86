// An elidable function may write the heap as long as its result depends
// only on its arguments — a memo it fills the first time, as Python's
// module dicts make the entry cells compiled code reads globals through.
// Folded in a trace (its arguments are constants), it still runs while the
// trace is recorded, and what it wrote is what the heap holds from then on:
// the recorder must forget what it knew of the fields it may write.  Here
// `memo` was null a moment before the first cellOf: a recorder that still
// believed so compiled the second setSlot without its write into the cell,
// and the compiled loop read a stale value.  Compiled code reads slots
// through the cells, the interpreter reads the array; the output is the
// same untranslated, translated and under the JIT.
// jit-summary: loops > 0
import { JitDriver, elidable, promote, weAreJitted } from "rts/jit";

class Cell {
  value: number;
  constructor(value: number) {
    this.value = value;
  }
}

class Table {
  values: number[] = [0, 0, 0, 0];
  /** The cells of the slots compiled code reads (made by the first cellOf). */
  memo: Cell[] | null = null;
}

/** The cell of slot k, made the first time (the memo too). */
function cellOf(t: Table, k: number): Cell {
  let memo = t.memo;
  if (memo === null) {
    memo = [];
    t.memo = memo;
  }
  while (memo.length <= k) memo.push(new Cell(t.values[memo.length]));
  return memo[k];
}
elidable(cellOf);

function setSlot(t: Table, k: number, v: number): void {
  t.values[k] = v;
  const memo = t.memo;
  if (memo !== null && k < memo.length) memo[k].value = v;
}

function readSlot(t: Table, k: number): number {
  if (weAreJitted()) return cellOf(t, k).value;
  return t.values[k];
}

const driver = new JitDriver({ greens: [], reds: ["i", "n", "acc", "table"] });

function run(table: Table, n: number): number {
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver.jitMergePoint({ i, n, acc, table });
    const t = promote(table);
    setSlot(t, 2, i);
    const v = readSlot(t, 2);
    setSlot(t, 2, i * 7 + 1);
    const w = readSlot(t, 2);
    acc = (acc * 31 + v * 3 + w) % 1000003;
    i++;
    driver.canEnterJit({ i, n, acc, table });
  }
  return acc;
}

export function main(argv: string[]): number {
  const t = new Table();
  t.values[0] = argv.length;
  console.log(run(t, 3000));
  console.log(run(t, 3001));
  console.log(t.values.join(" "));
  return 0;
}
