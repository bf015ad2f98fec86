// expect: 4:9 console.log in module-level code
// Module-level code runs at translation time: its output would never reach the binary.
const greeting = "hello";
console.log(greeting);

export function main(argv: string[]): number {
  return 0;
}
