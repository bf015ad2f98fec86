// expect: 8:15 enum
// Reverse mapping of a numeric enum (an enum object used as a value).
enum Color {
  Red,
  Green,
}
export function main(argv: string[]): number {
  console.log(Color[Color.Green]);
  return 0;
}
