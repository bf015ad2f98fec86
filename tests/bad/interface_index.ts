// expect: 4:3 interface member
// An index signature in an interface.
interface Dict {
  [key: string]: number;
}

export function main(argv: string[]): number {
  return 0;
}
