// expect: 4:10 arguments
// Use of the implicit `arguments` object.
function count(a: number, b: number): number {
  return arguments.length + a + b;
}

export function main(argv: string[]): number {
  console.log(count(1, 2));
  return 0;
}
