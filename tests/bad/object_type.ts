// expect: 3:18 object types
// An object type literal as a parameter type.
function area(r: { w: number; h: number }): number {
  return r.w * r.h;
}

export function main(argv: string[]): number {
  return area(null!) > 0 ? 0 : 1;
}
