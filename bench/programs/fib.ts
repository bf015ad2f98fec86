// Recursive Fibonacci: call overhead.  Usage: fib [n]
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

export function main(argv: string[]): number {
  let n = 32;
  if (argv.length > 1) {
    n = 0;
    for (let i = 0; i < argv[1].length; i++) n = n * 10 + (argv[1].charCodeAt(i) - 48);
  }
  console.log(fib(n));
  return 0;
}
