// expect: 5:59 init time
// A function made in a module-level loop reads the loop's variable: its
// value at each iteration is not one the translated program can have.
const table: ((x: number) => number)[] = [];
for (let i = 0; i < 3; i++) table.push((x: number) => x + i);

export function main(argv: string[]): number {
  for (const f of table) console.log(f(1));
  return 0;
}
