// Integration: n-queens by backtracking (arrays and bitmasks), printing the first board.
function solveArray(n: number, row: number, cols: number[], first: number[][]): number {
  if (row === n) {
    if (first.length === 0) first.push(cols.slice(0));
    return 1;
  }
  let count = 0;
  for (let c = 0; c < n; c++) {
    let ok = true;
    for (let r = 0; r < row; r++) {
      const d = cols[r] - c;
      if (d === 0 || d === row - r || d === r - row) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    cols.push(c);
    count += solveArray(n, row + 1, cols, first);
    cols.pop();
  }
  return count;
}

function solveBits(n: number, cols: number, d1: number, d2: number): number {
  const full = (1 << n) - 1;
  if (cols === full) return 1;
  let avail = full & ~(cols | d1 | d2);
  let count = 0;
  while (avail !== 0) {
    const bit = avail & -avail;
    avail ^= bit;
    count += solveBits(n, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
  }
  return count;
}

export function main(argv: string[]): number {
  let line = "";
  for (let n = 1; n <= 8; n++) {
    const first: number[][] = [];
    const cols: number[] = [];
    const c = solveArray(n, 0, cols, first);
    line += n + ":" + c + " ";
    if (n === 6) {
      const sol = first[0];
      for (let r = 0; r < n; r++) {
        let s = "";
        for (let col = 0; col < n; col++) s += sol[r] === col ? "Q" : ".";
        console.log(s);
      }
    }
  }
  console.log(line);
  let bits = "";
  for (let n = 1; n <= 10; n++) bits += solveBits(n, 0, 0, 0) + " ";
  console.log(bits);
  const first8: number[][] = [];
  const cols8: number[] = [];
  solveArray(8, 0, cols8, first8);
  console.log(first8[0].join(","));
  return 0;
}
