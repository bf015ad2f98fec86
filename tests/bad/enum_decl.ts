// expect: 3:1 enum
// An enum declaration.
enum Color {
  Red,
  Green,
  Blue,
}

export function main(argv: string[]): number {
  const c = Color.Green;
  console.log(c === Color.Green);
  return 0;
}
