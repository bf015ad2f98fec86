// Compile-time state: the function being compiled (its locals, upvalues and
// scope depth), the functions around it, and the class being compiled.
import { ChunkBuilder } from "./chunk.ts";

export enum FunctionType {
  FUNCTION,
  INITIALIZER,
  METHOD,
  SCRIPT,
}

export class Local {
  isCaptured = false;
  constructor(
    readonly name: string,
    public depth: number,
  ) {}
}

export class UpvalueRef {
  constructor(
    readonly index: number,
    readonly isLocal: boolean,
  ) {}
}

/** Per-function compiler state; `enclosing` links to the function around it. */
export class FunctionState {
  /** The function as compiled so far (`endFunction` makes its ObjFunction). */
  readonly chunk = new ChunkBuilder();
  arity = 0;
  upvalueCount = 0;
  readonly locals: Local[] = [];
  readonly upvalues: UpvalueRef[] = [];
  scopeDepth = 0;
  constructor(
    readonly enclosing: FunctionState | null,
    readonly type: FunctionType,
    readonly name: string | null,
  ) {
    // slot 0 holds the receiver in methods, the called function otherwise
    this.locals.push(new Local(type === FunctionType.FUNCTION || type === FunctionType.SCRIPT ? "" : "this", 0));
  }
}

export class ClassState {
  hasSuperclass = false;
  constructor(readonly enclosing: ClassState | null) {}
}
