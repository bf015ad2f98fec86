// What console.log shows of a value, as Node's util.inspect does: the
// JavaScript name of a class and its properties in JavaScript's order
// (per class from the base down: parameter properties, then the declared
// fields; #private fields are not properties), tuples as arrays, functions
// by name.  Shared by the C backend's inspect tables and the llinterp.
import { ts } from "ts-morph";
import type { ClassDesc, FunctionDesc } from "../flow/descriptors.ts";
import type { ClassLayout } from "./lltypes.ts";

/** The name JavaScript gives the class (a generic copy Box<number> is Box). */
export function jsClassName(cls: ClassDesc): string {
  if (cls.record) return ""; // a plain object
  return cls.decl?.name?.text ?? cls.name;
}

/** The name of a function value as JavaScript infers it ("" when anonymous). */
export function jsFunctionName(fn: FunctionDesc): string {
  const d = fn.wraps?.decl ?? fn.decl;
  if (!d) return fn.wraps?.name ?? "";
  if (d.name && ts.isIdentifier(d.name)) return d.name.text;
  const p = d.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return "";
}

/** The fields console.log shows, in JavaScript's property order. */
export function jsFieldOrder(layout: ClassLayout): string[] {
  const chain: ClassDesc[] = [];
  for (let c: ClassDesc | null = layout.cls; c; c = c.base) chain.unshift(c);
  const names: string[] = [];
  for (const c of chain) {
    if (c.tuple) return layout.fields.map((f) => f.name);
    if (c.record) return [...c.fields.keys()].filter((n) => layout.fields.some((f) => f.name === n));
    const decl = c.decl;
    if (!decl) continue;
    const ctor = decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
    for (const p of ctor?.parameters ?? []) {
      const isProperty = ts.getModifiers(p)?.some((x) => [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword].includes(x.kind));
      if (isProperty && ts.isIdentifier(p.name)) names.push(p.name.text);
    }
    for (const m of decl.members) {
      const isStatic = ts.getModifiers(m as ts.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (ts.isPropertyDeclaration(m) && !isStatic && !ts.isPrivateIdentifier(m.name)) names.push(m.name.getText());
    }
  }
  // only fields the layout has (a field no code reads or writes may be missing)
  return names.filter((n, i) => names.indexOf(n) === i && layout.fields.some((f) => f.name === n));
}
