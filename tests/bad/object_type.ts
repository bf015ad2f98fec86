// expect: 3:20 object types
// An object type literal with a method: records hold properties (a class implements methods).
function area(r: { size(): number }): number {
  return r.size();
}

export function main(argv: string[]): number {
  return area(null!) > 0 ? 0 : 1;
}
