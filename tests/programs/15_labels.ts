// Labelled break and continue out of nested loops.
export function main(argv: string[]): number {
  let found = "";
  outer: for (let i = 1; i < 10; i++) {
    for (let j = 1; j < 10; j++) {
      if (i * j === 42) {
        found = i + "*" + j;
        break outer;
      }
    }
  }
  console.log(found);
  let pairs = 0;
  rows: for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 6; j++) {
      if (j > i) continue rows;
      if ((i + j) % 3 === 0) continue;
      pairs++;
    }
  }
  console.log(pairs);
  const grid: number[][] = [
    [1, 2, 3, 4],
    [5, -6, 7, 8],
    [9, 10, 11, -12],
    [13, 14, 15, 16],
  ];
  let rowSums = "";
  scan: for (const row of grid) {
    let s = 0;
    for (const v of row) {
      if (v < 0) {
        rowSums += "neg ";
        continue scan;
      }
      s += v;
    }
    rowSums += s + " ";
  }
  console.log(rowSums);
  let primes = "";
  candidates: for (let n = 2; n < 50; n++) {
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) continue candidates;
    }
    primes += n + " ";
  }
  console.log(primes);
  let depth = 0;
  a: while (true) {
    b: while (true) {
      c: for (let k = 0; k < 100; k++) {
        depth++;
        if (depth === 3) continue a;
        if (depth === 5) break b;
        if (depth > 100) break a;
        if (k > 0) continue c;
      }
    }
    depth += 100;
  }
  console.log(depth);
  let steps = "";
  let i = 0;
  loop: do {
    i++;
    let j = 0;
    while (j < 5) {
      j++;
      if (j === i) continue loop;
      if (i + j > 6) break loop;
    }
    steps += "|";
  } while (i < 10);
  console.log(steps + " " + i);
  let count = 0;
  block: for (let x = 0; x < 3; x++) {
    for (let y = 0; y < 3; y++) {
      for (let z = 0; z < 3; z++) {
        if (z === 2) continue block;
        count += x * 9 + y * 3 + z;
      }
    }
  }
  console.log(count);
  return 0;
}
