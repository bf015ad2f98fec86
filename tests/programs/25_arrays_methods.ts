// Array methods without callbacks: slice (negative indices), join, indexOf, includes, concat by loops.
function show(xs: number[]): string {
  return "[" + xs.join(",") + "]";
}

export function main(argv: string[]): number {
  const a: number[] = [10, 20, 30, 40, 50, 60];
  console.log(show(a.slice(1, 4)));
  console.log(show(a.slice(2)));
  console.log(show(a.slice(-2)));
  console.log(show(a.slice(-4, -1)));
  console.log(show(a.slice(1, -1)));
  console.log(show(a.slice(4, 2)));
  console.log(show(a.slice(0, 100)));
  console.log(show(a.slice(-100, 2)));
  console.log(show(a.slice(0)));
  const copy = a.slice(0);
  copy[0] = 99;
  console.log(a[0] + " " + copy[0]);
  console.log(a.join(","));
  console.log(a.join(" - "));
  console.log(a.join(""));
  const empty: number[] = [];
  console.log("[" + empty.join(",") + "]");
  console.log(a.indexOf(30));
  console.log(a.indexOf(35));
  console.log(a.includes(60));
  console.log(a.includes(61));
  const dup: number[] = [1, 2, 3, 2, 1];
  console.log(dup.indexOf(2));
  console.log(dup.indexOf(1));
  const words: string[] = ["pear", "apple", "fig", "apple"];
  console.log(words.join("|"));
  console.log(words.indexOf("apple"));
  console.log(words.indexOf("kiwi"));
  console.log(words.includes("fig"));
  console.log(words.slice(1, 3).join("+"));
  console.log(words.slice(-1)[0]);
  const fl: number[] = [1.5, 0.1 + 0.2, 3];
  console.log(fl.join(";"));
  console.log(fl.indexOf(3));
  const bs: boolean[] = [true, false];
  console.log(bs.join(","));
  // concatenation by hand
  const joined: number[] = a.slice(0, 2);
  const more: number[] = [7, 8, 9];
  for (const m of more) joined.push(m);
  console.log(show(joined));
  // remove duplicates preserving order
  const uniq: number[] = [];
  const src: number[] = [5, 3, 5, 1, 3, 9, 1, 5];
  for (const x of src) {
    if (!uniq.includes(x)) uniq.push(x);
  }
  console.log(show(uniq));
  // rotate by slicing
  const r = a.slice(2);
  const head = a.slice(0, 2);
  for (const h of head) r.push(h);
  console.log(show(r));
  // nested slices of strings arrays
  const parts: string[] = "a,b,c,d,e".split(",");
  console.log(parts.slice(1, -1).join(""));
  console.log(parts.length);
  return 0;
}
