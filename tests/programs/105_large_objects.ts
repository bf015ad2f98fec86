// Large objects (16 KiB and more) that keep being replaced: a string grown by
// += , arrays of objects rebuilt with one more item each round, a long-lived
// large array written between collections.  The generational GC reuses the
// mappings of dead large objects; each must come back as fresh as a new one.
class Cell {
  constructor(public v: number, public next: Cell | null) {}
}

export function main(argv: string[]): number {
  let s = "";
  for (let i = 0; i < 6000; i++) s += "x" + (i % 10);
  console.log(s.length, s.slice(0, 8), s.slice(-8));
  const keep: Cell[] = [];
  for (let i = 0; i < 3000; i++) keep.push(new Cell(i, null));
  let total = 0;
  for (let round = 0; round < 40; round++) {
    const cells: Cell[] = [];
    for (let i = 0; i < 2500 + round; i++) cells.push(new Cell(i * round, i > 0 ? cells[i - 1] : null));
    keep[round * 7] = cells[cells.length - 1]; // an old large array now points to a young cell
    let c: Cell | null = cells[cells.length - 1];
    let n = 0;
    while (c !== null && n < 50) {
      total += c.v % 1000;
      c = c.next;
      n++;
    }
    const nums: number[] = [];
    for (let i = 0; i < 3000; i++) nums.push(i + round);
    total += nums[2999] + nums.length;
  }
  let check = 0;
  for (let i = 0; i < keep.length; i++) check += keep[i].v % 97;
  console.log(total, check);
  return 0;
}
