// Type environments for generic classes and methods.  RTS specializes a
// generic class per instantiation (Box<number> and Box<string> are two
// classes), so the frontend must read TypeScript types "through" the type
// arguments of the copy it is lowering: inside Box<number>.map<string>, the
// type `Box<U>` means Box<string>.  TypeScript's checker has no public way to
// instantiate a type, so a type is kept together with the environment that
// gives its type parameters a meaning, and resolved lazily.
import { ts } from "ts-morph";
import { EMPTY_ENV, type BoundType, type TypeEnv } from "../flow/descriptors.ts";

export { EMPTY_ENV, type BoundType, type TypeEnv };

export function isTypeParameter(t: ts.Type): boolean {
  return (t.flags & ts.TypeFlags.TypeParameter) !== 0;
}

/** Follows type-parameter bindings until the type is not a bound parameter. */
export function resolveBound(t: ts.Type, env: TypeEnv): BoundType {
  let cur: BoundType = { t, env };
  for (let guard = 0; isTypeParameter(cur.t) && guard < 100; guard++) {
    const next = cur.env.get(cur.t);
    if (!next) break;
    cur = next;
  }
  return cur;
}

/** An environment extended with bindings for `params`. */
export function bindTypes(env: TypeEnv, params: readonly ts.Type[], args: readonly BoundType[]): TypeEnv {
  const out = new Map(env);
  params.forEach((p, i) => {
    if (args[i]) out.set(p, args[i]);
  });
  return out;
}

/**
 * A string naming the resolved type, equal for equal instantiations:
 * `Box<number>`, `Pair<string, Box<boolean>>`, `Task | null`.
 */
export function typeKey(checker: ts.TypeChecker, t: ts.Type, env: TypeEnv, outer: readonly ts.Type[] = []): string {
  const r = resolveBound(t, env);
  // a recursive type (`type Term = ... | { fields: [string, Term][] }`) is named where it recurs
  if (outer.includes(r.t)) return checker.typeToString(r.t);
  const inner = [...outer, r.t];
  const key = (m: ts.Type): string => typeKey(checker, m, r.env, inner);
  if (r.t.isUnion()) return [...new Set(r.t.types.map(key))].sort().join(" | ");
  const args = typeArgumentsOf(checker, r.t);
  if (args.length > 0) {
    const name = r.t.getSymbol()?.name ?? checker.typeToString(r.t);
    if (checker.isArrayType(r.t)) return `${key(args[0])}[]`;
    if (checker.isTupleType(r.t)) return `[${args.map(key).join(", ")}]`;
    return `${name}<${args.map(key).join(", ")}>`;
  }
  if (r.t.flags & ts.TypeFlags.BooleanLiteral) return "boolean";
  if (r.t.flags & ts.TypeFlags.NumberLiteral) return "number";
  if (r.t.flags & ts.TypeFlags.StringLiteral) return "string";
  return checker.typeToString(r.t);
}

/** The type arguments of a reference type (`Box<number>` → [number]); [] for others. */
export function typeArgumentsOf(checker: ts.TypeChecker, t: ts.Type): readonly ts.Type[] {
  if (!(t.flags & ts.TypeFlags.Object) || !((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference)) return [];
  return checker.getTypeArguments(t as ts.TypeReference);
}

/** t mentions a type parameter `env` does not bind (inside a generic function's copy, which has no environment). */
export function hasFreeTypeParameter(checker: ts.TypeChecker, t: ts.Type, env: TypeEnv, depth = 0): boolean {
  if (depth > 8) return false;
  const r = resolveBound(t, env);
  if (isTypeParameter(r.t)) return true;
  if (r.t.isUnionOrIntersection()) return r.t.types.some((m) => hasFreeTypeParameter(checker, m, r.env, depth + 1));
  return typeArgumentsOf(checker, r.t).some((a) => hasFreeTypeParameter(checker, a, r.env, depth + 1));
}
