// expect: 3:30 default
// A parameter with a default value.
function greet(name: string, punct: string = "!"): string {
  return "hello " + name + punct;
}

export function main(argv: string[]): number {
  console.log(greet("ann", "?"));
  return 0;
}
