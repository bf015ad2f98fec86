// expect: 6:56 the 'in' operator is only supported
// `k in obj` with a computed name on a class instance: a fixed shape has no run-time property names in RTS.
class Config { debug = false; level = 1; }
export function main(argv: string[]): number {
  const c = new Config();
  for (const k of ["debug", "trace"]) console.log(k, k in c);
  return argv.length > 9 ? 1 : 0;
}
