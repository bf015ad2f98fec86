// expect: 5:3 closure
// A nested function capturing a local variable of its enclosing function.
function makeCount(start: number): number {
  let count = start;
  function inc(): number {
    count++;
    return count;
  }
  inc();
  return inc();
}

export function main(argv: string[]): number {
  console.log(makeCount(5));
  return 0;
}
