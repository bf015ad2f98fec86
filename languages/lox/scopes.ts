// Compile-time state: the function being compiled (its locals, upvalues and
// scope depth), the functions around it, and the class being compiled.
import { ObjFunction } from "./value.ts";

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
  readonly fn: ObjFunction;
  readonly locals: Local[] = [];
  readonly upvalues: UpvalueRef[] = [];
  scopeDepth = 0;
  constructor(
    readonly enclosing: FunctionState | null,
    readonly type: FunctionType,
    name: string | null,
  ) {
    this.fn = new ObjFunction(name);
    // slot 0 holds the receiver in methods, the called function otherwise
    this.locals.push(new Local(type === FunctionType.FUNCTION || type === FunctionType.SCRIPT ? "" : "this", 0));
  }
}

export class ClassState {
  hasSuperclass = false;
  constructor(readonly enclosing: ClassState | null) {}
}
