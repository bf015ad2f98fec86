// expect: 6:7 where label is an optional property
// `"label" in p` of a record with an optional property: Node tells an absent property from one set to undefined, RTS does not.
type Point = { x: number; label?: string };
type Named = { name: string };
function show(p: Point | Named): string {
  if ("label" in p) return "labelled";
  return "plain";
}
export function main(argv: string[]): number {
  console.log(show({ x: 1, label: undefined }), show({ name: "n" }));
  return 0;
}
