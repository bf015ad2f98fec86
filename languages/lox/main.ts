// lox: the Lox language of Crafting Interpreters on RTS.
//   lox FILE   runs a script (exit 65 on a compile error, 70 on a runtime error)
//   lox        starts a REPL
import { flush, readFile, readLine, write } from "rts/rlib/os";
import { VM } from "./vm.ts";

function repl(): number {
  const vm = new VM();
  for (;;) {
    write(1, "> ");
    flush();
    const line = readLine();
    if (line === null) {
      write(1, "\n");
      return 0;
    }
    vm.interpret(line + "\n");
  }
}

function runFile(path: string): number {
  const source = readFile(path);
  if (source === null) {
    write(2, 'Could not open file "' + path + '".\n');
    return 74;
  }
  return new VM().interpret(source);
}

export function main(argv: string[]): number {
  if (argv.length === 1) return repl();
  if (argv.length === 2) return runFile(argv[1]);
  write(2, "Usage: lox [path]\n");
  return 64;
}
