// expect: 9:13 next
// Driving a generator by hand with next() (iterate it with for-of instead).
function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

export function main(argv: string[]): number {
  const g = range(5);
  let r = g.next();
  while (!r.done) {
    console.log(r.value);
    r = g.next();
  }
  return 0;
}
