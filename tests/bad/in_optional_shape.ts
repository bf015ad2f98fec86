// expect: 6:58 where x is an optional property
// A record whose optional property the literal left out reaches `"x" in o` through a wider type:
// Node answers false, and RTS cannot tell the absent property from an undefined one.
type A = { kind: string; x?: number };
type B = { kind: string; y: number };
function hasX(o: { kind: string } | B): boolean { return "x" in o; }
export function main(argv: string[]): number {
  const a: A = { kind: "a" };
  console.log(hasX(a), hasX({ kind: "b", y: argv.length }));
  return 0;
}
