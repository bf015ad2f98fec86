// A large array of pointers (card-marked by the generational GC) updated after
// it is old, with young objects allocated in between: item stores mark cards.
class Box { constructor(public v: number) {} }
export function main(argv: string[]): number {
  const big: Box[] = [];
  for (let i = 0; i < 20000; i++) big.push(new Box(i));
  let sum = 0;
  for (let round = 0; round < 60; round++) {
    for (let i = round; i < big.length; i += 97) big[i] = new Box(big[i].v + 1);
    for (let k = 0; k < 1000; k++) sum += new Box(k).v % 3;
  }
  let total = 0;
  for (const b of big) total += b.v;
  console.log(total);
  console.log(sum);
  return 0;
}
