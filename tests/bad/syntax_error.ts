// expect: 5:13 syntax
// A missing `)` (TypeScript reports "')' expected" at the `{`).
export function main(argv: string[]): number {
  const x = argv.length;
  if (x > 1 {
    console.log("many");
  }
  return 0;
}
