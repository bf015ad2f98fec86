// for loops (various steps), for-of over arrays, nested loops, break and continue.
class Item {
  constructor(public name: string, public qty: number) {}
}

export function main(argv: string[]): number {
  let s = "";
  for (let i = 0; i < 10; i++) {
    s += i;
  }
  console.log(s);
  s = "";
  for (let i = 10; i > 0; i -= 3) {
    s += i + ",";
  }
  console.log(s);
  s = "";
  for (let i = 1; i < 1000; i *= 2) {
    s += i + " ";
  }
  console.log(s);
  let total = 0;
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      if (j > i) break;
      total += i * j;
    }
  }
  console.log(total);
  let skipped = 0;
  for (let i = 0; i < 20; i++) {
    if (i % 3 === 0) {
      skipped++;
      continue;
    }
    total += i;
  }
  console.log(total + " " + skipped);
  const nums: number[] = [4, 8, 15, 16, 23, 42];
  let sum = 0;
  for (const n of nums) {
    sum += n;
  }
  console.log(sum);
  const words: string[] = ["alpha", "beta", "gamma"];
  let joined = "";
  for (const w of words) {
    joined += w.length + w;
  }
  console.log(joined);
  const items: Item[] = [new Item("nut", 3), new Item("bolt", 7), new Item("gear", 2)];
  let qty = 0;
  for (const it of items) {
    if (it.qty < 3) continue;
    qty += it.qty;
    console.log("take " + it.name);
  }
  console.log(qty);
  for (const n of nums) {
    if (n > 15) {
      console.log("first > 15: " + n);
      break;
    }
  }
  const grid: number[][] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
  let diag = 0;
  for (const row of grid) {
    for (const v of row) {
      if (v % 4 === 0) diag += v;
    }
  }
  console.log(diag);
  // loop variable is a fresh binding per iteration but that is unobservable here
  let last = -1;
  for (let i = 0; i < 3; i++) {
    last = i;
  }
  console.log(last);
  // empty-body and empty-range loops
  let count = 0;
  for (let i = 5; i < 5; i++) {
    count++;
  }
  console.log(count);
  const empty: number[] = [];
  for (const e of empty) {
    count += e;
  }
  console.log(count);
  // for with no init / update
  let q = 0;
  for (; q < 7; ) {
    q += 2;
  }
  console.log(q);
  let r = 0;
  for (;;) {
    r++;
    if (r === 4) break;
  }
  console.log(r);
  // array modified during a counted loop
  const grow: number[] = [1];
  for (let i = 0; i < grow.length && grow.length < 10; i++) {
    grow.push(grow[i] * 2);
  }
  console.log(grow.join(" "));
  return 0;
}
