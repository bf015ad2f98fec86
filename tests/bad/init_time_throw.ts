// expect: 7:24 boom at 3
// An exception in module-level code is reported where it was thrown.
const table = new Map<string, number>();

function fill(n: number): void {
  for (let i = 0; i < n; i++) {
    if (i === 3) throw new Error("boom at " + i);
    table.set("op" + i, i);
  }
}

fill(5);

export function main(argv: string[]): number {
  return table.size;
}
