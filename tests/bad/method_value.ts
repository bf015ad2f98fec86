// expect: 10:13 method
// A method taken as a value (JavaScript would lose `this`).
class Counter {
  n = 0;
  inc(): void {
    this.n++;
  }
}
export function main(argv: string[]): number {
  const f = new Counter().inc;
  f();
  return 0;
}
