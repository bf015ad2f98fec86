// expect: 3:1 generator
// A generator function.
function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

export function main(argv: string[]): number {
  let s = 0;
  for (const i of range(5)) s += i;
  console.log(s);
  return 0;
}
