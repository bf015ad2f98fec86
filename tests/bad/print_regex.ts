// expect: 6:23 RegExp
// Printing a value that holds a RegExp (Node prints /a+/g; RTS holds its compiled program).
interface R { name: string; pattern: RegExp }
export function main(argv: string[]): number {
  const r: R = { name: "x", pattern: /a+/g };
  console.log(r.name, [r]);
  return 0;
}
