// expect: 4:3 var
// A `var` declaration.
export function main(argv: string[]): number {
  var total = 0;
  for (let i = 1; i <= 10; i++) total += i;
  console.log(total);
  return 0;
}
