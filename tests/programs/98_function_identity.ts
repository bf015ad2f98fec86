// Function values have one identity per function, as on Node: a top-level
// function or module-level arrow used as a value is the same object each
// time (f === f, indexOf(f)); a closure made twice is two objects.
function double(x: number): number {
  return x * 2;
}
function inc(x: number): number {
  return x + 1;
}
const square = (x: number): number => x * x;

export function main(argv: string[]): number {
  const g = double;
  console.log(g === double);
  const fs = [double, inc, square];
  console.log(fs.indexOf(inc) + " " + fs.indexOf(square) + " " + fs.includes(double));
  const h = square;
  console.log(h === square);
  console.log(fs.map((f) => f(3)).join(","));
  let acc = 0;
  for (const f of fs) if (f !== inc) acc += f(5);
  console.log(acc);
  const mk = (): ((x: number) => number) => (x: number) => x;
  console.log(mk() === mk());
  return 0;
}
