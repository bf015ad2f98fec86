// expect: 5:29 any
// A cast to `any` (the position is that of the `any` keyword).
export function main(argv: string[]): number {
  const s = "hello";
  const len: number = (s as any).length;
  console.log(len);
  return 0;
}
