// Lowering of calls: arguments (rest parameters packed into an array),
// direct, method, closure and library calls, `super(...)`, and `new`.
import { ts } from "ts-morph";
import { Constant, type Value } from "../flow/model.ts";
import { BuiltinDesc, ClassDesc, FunctionDesc } from "../flow/descriptors.ts";
import { GLOBAL_FUNCTIONS, GLOBAL_PLAIN_FUNCTIONS } from "./builtins.ts";
import { M } from "../diagnostics/messages.ts";
import { ExpressionLowering } from "./expressions.ts";
import { isNestedFunction } from "./closures.ts";

const K = ts.SyntaxKind;

/** Math functions computed by rts/rlib/fdlibm (V8's algorithms, so the results are Node's to the bit). */
const FDLIBM: Record<string, string> = {
  "Math.sin": "fdlibmSin", "Math.cos": "fdlibmCos", "Math.tan": "fdlibmTan", "Math.atan": "fdlibmAtan",
  "Math.atan2": "fdlibmAtan2", "Math.exp": "fdlibmExp", "Math.log": "fdlibmLog",
};


export abstract class CallLowering extends ExpressionLowering {
  /**
   * Call arguments.  For a callee with a rest parameter the trailing
   * arguments are packed into an array here (`f(...xs)` passes a copy of xs).
   */
  args(call: ts.CallExpression | ts.NewExpression): Value[] {
    const list = call.arguments ?? [];
    const rest = this.restIndex(call);
    const plain = (a: ts.Expression): Value => {
      if (ts.isSpreadElement(a)) this.fail(a, M.spread);
      return this.expr(a);
    };
    if (rest < 0 || list.length < rest) return list.map(plain);
    const out = list.slice(0, rest).map(plain);
    const tail = list.slice(rest);
    if (tail.length === 1 && ts.isSpreadElement(tail[0])) {
      out.push(this.op("call_method", [this.expr(tail[0].expression), new Constant("slice")], tail[0], "rest"));
    } else out.push(this.op("newlist", tail.map(plain), call, "rest"));
    return out;
  }

  /** The index of the callee's rest parameter (user functions only), or -1. */
  private restIndex(call: ts.CallExpression | ts.NewExpression): number {
    const decl = this.checker.getResolvedSignature(call)?.declaration;
    if (!decl || ts.isJSDocSignature(decl) || this.fe.isLibrary(decl)) return -1;
    const ps = decl.parameters;
    return ps.length > 0 && ps[ps.length - 1].dotDotDotToken ? ps.length - 1 : -1;
  }

  call(e: ts.CallExpression): Value {
    const callee = e.expression;
    if (callee.kind === K.SuperKeyword) return this.superCall(e);
    if (e.questionDotToken) {
      // f?.(args): call the function value unless it is null
      const f = this.chainCheck(this.expr(callee), e);
      return this.narrow(e, this.op("call_value", [f, ...this.args(e)], e));
    }
    if (ts.isPropertyAccessExpression(callee)) {
      this.fe.checkStdlibMember(callee, e.arguments.length);
      const stat = this.staticMethod(callee);
      if (stat) return this.narrow(e, this.op("simple_call", [new Constant(stat), ...this.args(e)], e));
      if (callee.expression.kind === K.SuperKeyword) {
        const method = this.fe.superMethod(this.fn, callee.name.text, callee);
        return this.op("simple_call", [new Constant(method), this.readThis(e), ...this.args(e)], e);
      }
      const full = this.fe.globalPath(callee);
      if (full !== null) {
        if (!GLOBAL_FUNCTIONS.has(full)) this.fail(callee, M.unsupportedBuiltin, full);
        const fdlibm = FDLIBM[full];
        if (fdlibm) {
          // the same bits as V8: its fdlibm port, written in RTS (rts/rlib/fdlibm)
          return this.op("simple_call", [new Constant(this.fe.arrayHelper(fdlibm, "rts/rlib/fdlibm")), ...this.args(e)], e);
        }
        if (full === "Math.hypot") {
          const values = this.op("newlist", e.arguments.map((a) => this.expr(a)), e, "values");
          return this.op("simple_call", [new Constant(this.fe.arrayHelper("mathHypot", "rts/rlib/builtins")), values], e);
        }
        return this.op("builtin_call", [new Constant(new BuiltinDesc(full)), ...this.args(e)], e);
      }
      const rlib = this.fe.rlibCallee(callee);
      if (rlib) return this.rlibCall(rlib, e, this.fe.isNamespace(callee.expression) ? null : this.receiver(callee));
      if (this.fe.isNamespace(callee.expression)) {
        const r = this.fe.resolve(callee.name as ts.Identifier);
        if (r.kind === "function") return this.op("simple_call", [new Constant(r.desc), ...this.args(e)], e);
      }
      if (!this.fe.isMethodName(callee)) {
        // a field holding a function
        return this.narrow(e, this.op("call_value", [this.property(callee), ...this.args(e)], e));
      }
      const helper = this.arrayHelperFor(e, callee);
      if (helper) return this.narrow(e, this.op("simple_call", [new Constant(helper), this.receiver(callee), ...this.args(e)], e));
      const generic = this.genericMethod(e, callee);
      const obj = this.receiver(callee);
      if (generic) return this.narrow(e, this.op("simple_call", [new Constant(generic), obj, ...this.args(e)], e));
      return this.narrow(e, this.op("call_method", [obj, new Constant(callee.name.text), ...this.args(e)], e));
    }
    if (ts.isIdentifier(callee)) {
      if (GLOBAL_PLAIN_FUNCTIONS.has(callee.text) && this.fe.isGlobalName(callee)) {
        return this.op("builtin_call", [new Constant(new BuiltinDesc(callee.text)), ...this.args(e)], e);
      }
      if (callee.text === "String" && this.fe.isGlobalName(callee)) {
        return e.arguments.length === 0 ? new Constant("") : this.toStr(this.expr(e.arguments[0]), e);
      }
      const r = this.fe.resolve(callee);
      if (r.kind === "function") return this.op("simple_call", [new Constant(r.desc), ...this.args(e)], e);
      if (r.kind === "rlib-function") return this.rlibCall(r.key, e, null);
      if (r.kind !== "local" && r.kind !== "global") return this.fail(callee, M.unsupportedCall, callee.text);
    }
    // any other callee is a function value
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) || ts.isIdentifier(callee) ||
        ts.isCallExpression(callee) || ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee) || isNestedFunction(callee)) {
      const f = this.expr(callee);
      return this.narrow(e, this.op("call_value", [f, ...this.args(e)], e));
    }
    return this.fail(callee, M.unsupportedCall, callee.getText());
  }

  /**
   * `obj.m<U>(...)` where m has type parameters: the copy of m for these type
   * arguments, called directly (a generic method cannot be overridden).
   */
  genericMethod(e: ts.CallExpression, callee: ts.PropertyAccessExpression): FunctionDesc | null {
    const sig = this.checker.getResolvedSignature(e);
    const decl = sig?.declaration;
    if (!sig || !decl || !ts.isMethodDeclaration(decl) || !decl.typeParameters?.length) return null;
    const env = this.fn.typeEnv;
    const cls = this.fe.types.classOfType(this.checker.getTypeAtLocation(callee.expression), true, env);
    const method = cls?.lookupMethod(callee.name.text);
    if (!cls || !method || method.decl !== decl) return this.fail(callee, M.genericMethodReceiver, callee.name.text);
    for (const sub of method.cls!.subtree()) if (sub !== method.cls && sub.methods.has(method.name)) this.fail(callee, M.genericMethodOverride, method.qualname);
    const typeArgs = (this.checker.getTypeArgumentsForResolvedSignature(sig) ?? []).map((t) => ({ t, env }));
    return this.fe.methodInstance(method, typeArgs);
  }

  /** The RTS helper implementing a higher-order array method (`xs.map(f)` → arrayMap(xs, f)) or a Map's or Set's forEach, or null. */
  arrayHelperFor(e: ts.CallExpression, callee: ts.PropertyAccessExpression): FunctionDesc | null {
    const recvType = this.checker.getNonNullableType(this.checker.getTypeAtLocation(callee.expression));
    const name = callee.name.text;
    if (name === "forEach") {
      const collection = recvType.getSymbol()?.getName();
      if (collection === "Map" || collection === "ReadonlyMap") return this.fe.arrayHelper("mapForEach");
      if (collection === "Set" || collection === "ReadonlySet") return this.fe.arrayHelper("setForEach");
    }
    if (!this.checker.isArrayType(recvType)) return null;
    const n = e.arguments.length;
    const simple: Record<string, string> = {
      forEach: "arrayForEach", map: "arrayMap", filter: "arrayFilter", some: "arraySome", every: "arrayEvery", findIndex: "arrayFindIndex",
    };
    if (simple[name]) return this.fe.arrayHelper(simple[name]);
    if (name === "reduce") return this.fe.arrayHelper(n >= 2 ? "arrayReduce" : "arrayReduce1");
    if (name === "sort") return this.fe.arrayHelper(n >= 1 ? "arraySort" : "arraySortDefault");
    if (name === "find") return this.fe.arrayHelper("arrayFind");
    if (name === "findLast") return this.fe.arrayHelper("arrayFindLast");
    if (name === "findLastIndex") return this.fe.arrayHelper("arrayFindLastIndex");
    if (name === "reduceRight") return this.fe.arrayHelper(n >= 2 ? "arrayReduceRight" : "arrayReduceRight1");
    if (name === "at") return this.fe.arrayHelper("arrayAt");
    if (name === "indexOf") return this.fe.arrayHelper("arrayIndexOf");
    if (name === "lastIndexOf") return this.fe.arrayHelper(n >= 2 ? "arrayLastIndexOfFrom" : "arrayLastIndexOf");
    if (name === "includes") return this.fe.arrayHelper("arrayIncludes");
    return null;
  }

  rlibCall(key: string, e: ts.CallExpression, self: Value | null): Value {
    if (key === "rts/jit:JitDriver.jitMergePoint" || key === "rts/jit:JitDriver.canEnterJit") {
      checkJitHintPlace(e, key.endsWith("jitMergePoint"), (n, m) => this.fail(n, m));
      // keep the hint (and the variables it names) in the graph for the JIT
      const arg = e.arguments[0];
      const vals: Value[] = [];
      const names: string[] = [];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (ts.isShorthandPropertyAssignment(p)) {
            // `{ pc }` names the variable pc: resolve the value symbol, not the property
            const decl = this.checker.getShorthandAssignmentValueSymbol(p)?.valueDeclaration;
            if (!decl) this.fail(p, M.unsupportedName, p.name.text);
            names.push(p.name.text);
            vals.push(this.readLocal(this.localKey(decl), p));
          } else if (ts.isPropertyAssignment(p)) {
            names.push(p.name.getText());
            vals.push(this.expr(p.initializer));
          }
        }
      }
      const kind = key.endsWith("jitMergePoint") ? "jit_merge_point" : "can_enter_jit";
      return this.b.emit("jit_marker", [new Constant(kind), self ?? new Constant(null), new Constant(names.join(",")), ...vals], this.loc(e), "_");
    }
    return this.op("builtin_call", [new Constant(new BuiltinDesc(key)), ...this.args(e)], e);
  }

  superCall(e: ts.CallExpression): Value {
    const cls = this.fn.cls!;
    const base = cls.base!;
    this.op("simple_call", [new Constant(this.fe.constructorOf(base)), this.readThis(e), ...this.ctorArgs(base, e)], e, "_");
    this.afterSuper();
    return new Constant(null);
  }

  /** Hook for constructors: field initializers run right after super(). */
  afterSuper(): void {}

  newExpr(e: ts.NewExpression): Value {
    const ctorName = e.expression.getText();
    const tsType = this.checker.getTypeAtLocation(e);
    if (this.fe.isGlobalName(e.expression)) {
      switch (ctorName) {
        case "Uint8Array":
        case "Int32Array":
        case "Float64Array": {
          const n = e.arguments?.[0];
          if (!n) this.fail(e, M.typedArrayLength);
          const kind = { Uint8Array: "u8", Int32Array: "i32", Float64Array: "f64" }[ctorName];
          return this.op("newtyped", [new Constant(kind), this.expr(n)], e, "ta");
        }
        case "Map":
        case "Set": {
          if ((e.arguments ?? []).length > 0) this.fail(e, M.mapInitializer, ctorName);
          // `const g: Graph = new Map()`: the declared type says what `new Map()` (Map<any, any>) holds
          const contextual = e.typeArguments ? undefined : this.checker.getContextualType(e);
          const declared = contextual && this.fe.types.nonNullType(contextual);
          const keys = this.fe.types.keyKind(declared ?? tsType, this.fn.typeEnv, e, ctorName);
          return this.op("newmap", [new Constant(ctorName === "Map" ? "map" : "set"), new Constant(keys)], e, "m");
        }
        case "Array":
          return this.fail(e, M.newArray);
      }
    }
    const rlibCls = this.fe.rlibClass(e.expression);
    if (rlibCls === "rts/jit:JitDriver") return this.fail(e, M.jitDriverAtRuntime);
    const generic = this.fe.types.classOfExpression(e.expression);
    const cls = generic.genericFamily ? this.fe.types.classOfType(tsType, false, this.fn.typeEnv)! : generic;
    if (cls.isAbstract) this.fail(e, M.abstractNew, cls.name);
    return this.op("newinstance", [new Constant(cls), ...this.ctorArgs(cls, e)], e, "inst");
  }

  /** Constructor arguments; `new Error()` means `new Error("")`. */
  ctorArgs(cls: ClassDesc, e: ts.CallExpression | ts.NewExpression): Value[] {
    const args = this.args(e);
    const isError = this.fe.builtinClasses.get("Error")!;
    if (args.length === 0 && cls.isSubclassOf(isError) && this.fe.constructorOf(cls).params.length === 1) args.push(new Constant(""));
    return args;
  }
}

/**
 * Where the JIT's hints may stand (RPython's rule): jitMergePoint first in
 * the body of the dispatch loop, canEnterJit inside that loop; their names
 * are checked against the driver's after annotation (annotator/jithints.ts).
 */
function checkJitHintPlace(e: ts.CallExpression, mergePoint: boolean, fail: (n: ts.Node, m: typeof M.jitMergePointPlace) => never): void {
  const isLoop = (n: ts.Node): n is ts.IterationStatement => ts.isIterationStatement(n, false);
  if (mergePoint) {
    const st = e.parent;
    const body = st && ts.isExpressionStatement(st) ? st.parent : undefined;
    const first = body && ts.isBlock(body) ? body.statements[0] === st && isLoop(body.parent) : body !== undefined && isLoop(body);
    if (!first) fail(e, M.jitMergePointPlace);
    return;
  }
  for (let n: ts.Node | undefined = e.parent; n && !ts.isFunctionLike(n); n = n.parent) if (isLoop(n)) return;
  fail(e, M.canEnterJitPlace);
}
