// Large objects start young: the minor collection after them keeps the
// ones it reaches (where they are) and frees the others.  Reached from every
// kind of place: a local only (the shadow stack), an old object's field (the
// remembered set), an old large array's item (a dirty card), another young
// large array, a young small object promoted in the same collection; and
// young large arrays holding young small objects, which must be promoted
// through them.  Many die young; the survivors are checked item by item.
class Box {
  constructor(public items: Box[] | null, public v: number) {}
}

function bigOf(n: number, seed: number): Box[] {
  const a: Box[] = [];
  for (let i = 0; i < n; i++) a.push(new Box(null, seed + i));
  return a;
}

function sum(a: Box[]): number {
  let s = 0;
  for (const b of a) s += b.v;
  return s;
}

export function main(argv: string[]): number {
  const holder = new Box(null, 0);
  const oldBig: Box[] = [];
  for (let i = 0; i < 3000; i++) oldBig.push(new Box(null, -1));
  const kept: Box[][] = [];
  let dropped = 0;
  for (let round = 0; round < 12; round++) {
    const local = bigOf(2100 + round, round);
    const fieldHeld = bigOf(2200, round * 10);
    holder.items = fieldHeld;
    const inBig = bigOf(2300, round * 100);
    oldBig[round] = new Box(inBig, round);
    const outer: Box[][] = [];
    for (let k = 0; k < 2100; k++) outer.push(k % 700 === 0 ? bigOf(2050, k) : []);
    const viaSmall = new Box(bigOf(2400, round), round);
    for (let k = 0; k < 4; k++) dropped += bigOf(2500, k).length; // garbage at once
    const s = sum(local) + sum(holder.items!) + sum(oldBig[round].items!) + sum(outer[1400]) + sum(viaSmall.items!);
    if (round % 4 === 0) kept.push(local);
    console.log(round, s);
  }
  let check = 0;
  for (let r = 0; r < 12; r++) check += sum(oldBig[r].items!) % 1000;
  for (const a of kept) check += a.length + a[a.length - 1].v;
  console.log("check", check, "dropped", dropped, "holder", sum(holder.items!));
  return 0;
}
