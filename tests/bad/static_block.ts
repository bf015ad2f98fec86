// expect: 5:3 static initialization blocks
// A static initialization block.
class Table {
  static sizes: number[] = [];
  static {
    Table.sizes.push(1);
  }
}

export function main(argv: string[]): number {
  console.log(Table.sizes.length);
  return 0;
}
