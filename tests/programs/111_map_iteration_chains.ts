// A for-of over a map whose body replaces the entries array more than once
// in one step: a rebuild and then a clear, or two rebuilds with deletes in
// between.  The loop must resume where JavaScript does (found by the
// fast-check test of rts/rlib/maps: one-step resynchronisation skipped
// entries here, in the C runtime and the llinterp alike).
function show(m: Map<number, number>): string {
  let s = "";
  for (const [k, v] of m) s += k + ":" + v + " ";
  return s;
}

export function main(argv: string[]): number {
  // rebuild (the 8 entries are full), then clear, then an insert: the loop visits the insert
  const a = new Map<number, number>();
  for (const k of [4, -1, 5, 6, 7]) a.set(k, k);
  let seen = "";
  let step = 0;
  for (const [k, v] of a) {
    seen += k + "=" + v + " ";
    if (step === 0) {
      a.set(1, 0);
      a.set(2, 0);
    } else if (step === 1) a.set(0, 0);
    else if (step === 2) {
      a.set(3, 0);
      a.clear();
      a.set(100, 1);
    }
    step++;
  }
  console.log(seen, "|", show(a));
  // two rebuilds in one step with a delete between them
  const b = new Map<number, number>();
  for (let k = 0; k < 8; k++) b.set(k, k);
  seen = "";
  step = 0;
  for (const [k, v] of b) {
    seen += k + "=" + v + " ";
    if (step === 3) {
      b.set(8, 8); // full: rebuild into 16
      b.delete(1); // a hole before the loop's place
      for (let x = 9; x < 17; x++) b.set(x, x); // full again: rebuild drops the hole
    }
    step++;
  }
  console.log(seen, "|", b.size);
  // sets too, with clears inside nested loops
  const s = new Set<string>();
  for (const x of "a b c".split(" ")) s.add(x);
  let out = "";
  for (const x of s) {
    out += x;
    for (const y of s) {
      out += y;
      if (y === "b" && x === "a") {
        s.clear();
        s.add("z");
      }
    }
  }
  console.log(out, s.size);
  return 0;
}
