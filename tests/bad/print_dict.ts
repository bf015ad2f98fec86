// expect: 6:23 object used as a map
// Printing a value that holds an object used as a map (Node prints it as an object, RTS holds a Map).
interface R { name: string; props: Record<string, number> }
export function main(argv: string[]): number {
  const r: R = { name: "x", props: { a: 1 } };
  console.log(r.name, [r]);
  return 0;
}
