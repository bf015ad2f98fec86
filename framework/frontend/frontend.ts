// The frontend: loads the program with ts-morph and the TypeScript checker,
// reports syntax/type errors and constructs outside the subset, discovers
// functions, classes and module globals, and builds flow graphs on demand
// (the annotator asks for the graph of every function it reaches).
import * as path from "node:path";
import * as fs from "node:fs";
import { ts } from "ts-morph";
import { Constant, type FunctionGraph, type SourceLoc } from "../flow/model.ts";
import { RtsDiagnostic, RtsError } from "../diagnostics/diagnostic.ts";
import { M, fillMessage, type Message } from "../diagnostics/messages.ts";
import { RLIB_MODULES, RTS_CODE_MODULES } from "../cli/rlib-paths.ts";
import { GLOBALS_FILE, createRtsProgram } from "./program.ts";
import { BOX_CLASS, ClassDesc, FieldDesc, FunctionDesc, GlobalDesc, type BoxKind, type Boxable } from "../flow/descriptors.ts";
import { FunctionLowering } from "./statements.ts";
import { libraryValueGraph, libraryValueName, takesRestArray } from "./library-values.ts";
import { JsonConverters } from "./json-parse.ts";
import { accessorGraph, builtinErrorCtor, inheritedMethodGraph, stubGraph, wrapperGraph } from "./synthesized.ts";
import { checkSubset } from "./subset.ts";
import { RecordTypes } from "./records.ts";
import { Regex, compileRegex } from "../rlib/regex/index.ts";
import { BooleanBox, FunctionBox, NumberBox, StringBox, SymbolValue } from "../rlib/values.ts";
import { memberTitle, ownerOfInterface, stdlibMember } from "./stdlib.ts";
import { RLIB_CLASSES, RLIB_PRIMITIVES } from "./builtins.ts";
import { floatConst } from "./expressions.ts";
import { fitsInt, isSimpleLiteral } from "./constexpr.ts";
import { ClosureTable, bindingKey, isLiteralMethod, isNestedFunction, type NestedFunction } from "./closures.ts";
import { getterName, isStatic, setterName } from "./members.ts";
import { TypeReader } from "./types.ts";
import { generatorGraph } from "./generators.ts";
import { EMPTY_ENV, bindTypes, typeArgumentsOf, typeKey, type BoundType } from "./generics.ts";

const K = ts.SyntaxKind;

export type Resolved =
  | { kind: "local"; key: string }
  | { kind: "global"; desc: GlobalDesc }
  | { kind: "function"; desc: FunctionDesc }
  | { kind: "class"; desc: ClassDesc }
  | { kind: "rlib-function"; key: string }
  | { kind: "undefined" | "NaN" | "Infinity" | "other" };

export type IterationKind = { kind: "array" | "entries" | "keys" | "values"; via: boolean };

const BUILTIN_ERRORS = ["Error", "RangeError", "TypeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];

export class Frontend {
  readonly checker: ts.TypeChecker;
  readonly entry: ts.SourceFile;
  private program: ts.Program;
  /** rts/* library file path -> its module specifier. */
  readonly rlibFiles = new Map<string, string>();
  private functions = new Map<ts.Node, FunctionDesc>();
  private classes = new Map<ts.Node, ClassDesc>();
  private globals = new Map<ts.Node, GlobalDesc>();
  readonly builtinClasses = new Map<string, ClassDesc>();
  /**
   * The implicit base of every class without an `extends` (RPython's
   * `object`): values of unrelated classes (an interface type, a union of
   * classes) meet here, and the attributes read through it are lifted to it.
   */
  readonly objectRoot: ClassDesc;
  private genericCopies = new Map<ts.ClassDeclaration, Map<string, ClassDesc>>();
  private methodCopies = new Map<FunctionDesc, Map<string, FunctionDesc>>();
  readonly allClasses: ClassDesc[] = [];
  private readonly globalsFile: string;
  /** The base class of every closure object: its one field is the code pointer. */
  readonly closureRoot: ClassDesc;
  /** The (never called) parent of module-level arrow functions. */
  readonly moduleFunction = new FunctionDesc("module", "function", null, null, [], null);
  /** Closures and function values (closures.ts). */
  readonly closures: ClosureTable = new ClosureTable(this);
  /** Questions about TypeScript types (types.ts). */
  readonly types: TypeReader = new TypeReader(this);
  /** Records: object types held as classes per shape (records.ts). */
  readonly records: RecordTypes = new RecordTypes(this);
  readonly json: JsonConverters = new JsonConverters(this);

  /** `extraModules`: more RTS modules of the program that the entry does not import (a plugin's runtime: the JIT's). */
  constructor(entryPath: string, extraModules: readonly string[] = []) {
    const abs = path.resolve(entryPath);
    if (!fs.existsSync(abs)) throw new RtsError([new RtsDiagnostic(M.fileNotFound.code, fillMessage(M.fileNotFound, [entryPath]), null)]);
    for (const [spec, file] of Object.entries(RLIB_MODULES)) this.rlibFiles.set(file, spec);
    this.globalsFile = GLOBALS_FILE;
    this.program = createRtsProgram([abs, ...extraModules]);
    this.checker = this.program.getTypeChecker();
    this.entry = this.program.getSourceFile(abs)!;
    this.objectRoot = new ClassDesc("Object", null, null);
    this.objectRoot.builtin = true;
    this.objectRoot.isAbstract = true;
    this.allClasses.push(this.objectRoot);
    this.makeBuiltinErrors();
    this.closureRoot = new ClassDesc("Closure", null, null);
    this.closureRoot.builtin = true;
    this.closureRoot.isClosureRoot = true;
    this.closureRoot.isAbstract = true;
    const code = new FieldDesc("fn", this.closureRoot, null, null, null);
    code.readonly = true; // a closure's code pointer: the JIT folds it on a constant closure
    this.closureRoot.fields.set("fn", code);
    this.allClasses.push(this.closureRoot);
  }

  /** User source files: everything but the default libraries, node_modules and rts/*. */
  userFiles(): ts.SourceFile[] {
    return this.program.getSourceFiles().filter(
      (sf) => !this.program.isSourceFileDefaultLibrary(sf) && !sf.fileName.includes("/node_modules/") && !this.rlibFiles.has(sf.fileName) && sf.fileName !== this.globalsFile,
    );
  }

  /** The files whose module-level code the Load stage runs: the user's, and the toolkit's RTS code (frontend tables). */
  loadedFiles(): ts.SourceFile[] {
    return [...this.userFiles(), ...RTS_CODE_MODULES.map((m) => this.program.getSourceFile(RLIB_MODULES[m])!)];
  }

  isRlibFile(file: string): boolean {
    return this.rlibFiles.has(file);
  }

  /** Syntax errors, type errors and subset violations of all user files (a library needs no main). */
  diagnose(library = false): RtsDiagnostic[] {
    const out: RtsDiagnostic[] = [];
    for (const sf of this.userFiles()) {
      const syn = this.program.getSyntacticDiagnostics(sf);
      for (const d of syn) out.push(this.tsDiagnostic(d, M.syntaxError));
      if (syn.length > 0) continue;
      for (const d of this.program.getSemanticDiagnostics(sf)) out.push(this.tsDiagnostic(d, M.typeError));
      checkSubset(sf, (node, m, ...args) => out.push(this.diagnostic(node, m, ...args)));
    }
    if (out.length === 0 && !library) {
      const main = this.findMain();
      if (!main) out.push(new RtsDiagnostic(M.noMain.code, fillMessage(M.noMain, []), { file: this.entry.fileName, line: 1, col: 1 }, M.noMain.hint));
    }
    return out;
  }

  private tsDiagnostic(d: ts.Diagnostic, m: Message): RtsDiagnostic {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    let loc: SourceLoc | null = null;
    if (d.file && d.start !== undefined) {
      const lc = d.file.getLineAndCharacterOfPosition(d.start);
      loc = { file: d.file.fileName, line: lc.line + 1, col: lc.character + 1 };
    }
    return new RtsDiagnostic(m.code, fillMessage(m, [text]), loc, m.hint ?? null);
  }

  /** An exported top-level function of the entry module (or of another module of the program), by name. */
  exportedFunction(name: string, file?: string): FunctionDesc | null {
    const sf = file === undefined ? this.entry : this.program.getSourceFile(path.resolve(file));
    if (!sf) return null;
    for (const s of sf.statements) {
      if (ts.isFunctionDeclaration(s) && s.name?.text === name && ts.getModifiers(s)?.some((m) => m.kind === K.ExportKeyword)) return this.functionFor(s);
    }
    return null;
  }

  findMain(): FunctionDesc | null {
    for (const s of this.entry.statements) {
      if (ts.isFunctionDeclaration(s) && s.name?.text === "main" && ts.getModifiers(s)?.some((m) => m.kind === K.ExportKeyword)) {
        const desc = this.functionFor(s);
        const p = s.parameters[0];
        if (s.parameters.length !== 1) this.fail(s.parameters[1] ?? s, M.badMainSignature);
        // main gets the command line as one array: not a rest parameter
        if (p.dotDotDotToken) this.fail(p, M.badMainSignature);
        const t = this.checker.getTypeAtLocation(p);
        const item = this.checker.isArrayType(t) ? this.checker.getTypeArguments(t as ts.TypeReference)[0] : undefined;
        if (!item || !(item.flags & ts.TypeFlags.String)) this.fail(p, M.badMainSignature);
        return desc;
      }
    }
    return null;
  }

  // ---- locations and errors -------------------------------------------------
  loc(n: ts.Node): SourceLoc {
    const sf = n.getSourceFile();
    const lc = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    return { file: sf.fileName, line: lc.line + 1, col: lc.character + 1 };
  }

  diagnostic(n: ts.Node, m: Message, ...args: string[]): RtsDiagnostic {
    return new RtsDiagnostic(m.code, fillMessage(m, args), this.loc(n), m.hint ?? null);
  }

  fail(n: ts.Node, m: Message, ...args: string[]): never {
    throw new RtsError([this.diagnostic(n, m, ...args)]);
  }

  unsupportedExpression(e: ts.Node): never {
    return this.fail(e, M.unsupportedExpression, K[e.kind]);
  }

  unsupportedStatement(s: ts.Node): never {
    return this.fail(s, M.unsupportedStatement, K[s.kind]);
  }

  // ---- symbols ----------------------------------------------------------------
  symbolOf(n: ts.Node): ts.Symbol | undefined {
    // `{ x }`: the name is the property; its value is the variable x
    let sym = n.parent && ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? this.checker.getShorthandAssignmentValueSymbol(n.parent) : this.checker.getSymbolAtLocation(n);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    return sym;
  }

  isLibDecl(d: ts.Node): boolean {
    const sf = d.getSourceFile();
    return this.program.isSourceFileDefaultLibrary(sf) || sf.fileName.includes("/node_modules/") || sf.fileName === this.globalsFile;
  }

  /** Declarations of the standard library and of rts/* (their calls are builtins). */
  isLibrary(d: ts.Node): boolean {
    return this.isLibDecl(d) || this.rlibFiles.has(d.getSourceFile().fileName);
  }

  /** True when `n` names a global of the standard library (not shadowed by user code). */
  isGlobalName(n: ts.Node): boolean {
    const sym = this.symbolOf(n);
    const decls = sym?.declarations ?? [];
    return decls.length > 0 && decls.every((d) => this.isLibDecl(d));
  }

  /** True for `ns` in `ns.x` when `import * as ns from "..."` (ns.x is then the module's binding x). */
  isNamespace(e: ts.Expression): boolean {
    if (!ts.isIdentifier(e)) return false;
    const sym = this.checker.getSymbolAtLocation(e);
    return !!sym && !!(sym.flags & ts.SymbolFlags.Alias) && !!sym.declarations?.some((d) => ts.isNamespaceImport(d));
  }

  /**
   * A member of the standard library (`s.slice`, `Math.floor`, `xs.push`)
   * must be in frontend/stdlib.ts, with no more arguments than it lists
   * (`argc` is null for a read of the member).
   */
  checkStdlibMember(e: ts.PropertyAccessExpression, argc: number | null): void {
    const decls = this.checker.getSymbolAtLocation(e.name)?.declarations ?? [];
    const decl = decls.find((d) => this.isLibDecl(d));
    if (!decl || !ts.isInterfaceDeclaration(decl.parent)) return;
    const owner = ownerOfInterface(decl.parent.name.text);
    if (!owner) return;
    const name = e.name.text;
    const m = stdlibMember(owner, name);
    if (!m) return this.fail(e.name, M.unsupportedMember, memberTitle(owner, name));
    if (argc === null || m.params === null || m.params.some((p) => p.rest) || argc <= m.params.length) return;
    const n = m.params.length;
    this.fail(e.name, M.stdlibArity, memberTitle(owner, name), n === 1 ? "1 argument" : `${n} arguments`, String(argc));
  }

  /** "Math.floor" for `Math.floor`, when the object is a standard global; else null. */
  globalPath(e: ts.PropertyAccessExpression): string | null {
    if (!ts.isIdentifier(e.expression)) return null;
    if (!["Math", "console", "String", "Number", "JSON", "Object", "Array", "Date", "Reflect", "Float64Array", "Int32Array", "Uint8Array"].includes(e.expression.text)) return null;
    if (!this.isGlobalName(e.expression)) return null;
    return `${e.expression.text}.${e.name.text}`;
  }

  enclosingFunction(n: ts.Node): ts.Node | null {
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isFunctionLike(p) && !ts.isFunctionTypeNode(p)) return p;
      if (ts.isSourceFile(p)) return null;
      if (ts.isPropertyDeclaration(p)) return p.parent; // field initializer: lowered in the constructor
    }
    return null;
  }

  resolve(id: ts.Identifier): Resolved {
    const sym = this.symbolOf(id);
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (!decl) return { kind: id.text === "undefined" ? "undefined" : "other" };
    if (this.isLibDecl(decl)) {
      if (id.text === "undefined" || id.text === "NaN" || id.text === "Infinity") return { kind: id.text };
      return { kind: "other" };
    }
    const rlib = this.rlibFiles.get(decl.getSourceFile().fileName);
    if (rlib) {
      if (ts.isFunctionDeclaration(decl) && RLIB_PRIMITIVES.has(`${rlib}:${id.text}`)) return { kind: "rlib-function", key: `${rlib}:${id.text}` };
    }
    if (ts.isFunctionExpression(decl)) return { kind: "local", key: bindingKey(decl) }; // a named function expression's own name
    if (ts.isFunctionDeclaration(decl)) {
      if (isNestedFunction(decl)) return { kind: "local", key: bindingKey(decl) };
      return { kind: "function", desc: this.functionFor(decl) };
    }
    if (ts.isClassDeclaration(decl)) return { kind: "class", desc: this.classFor(decl) };
    if (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) {
      const owner = this.enclosingFunction(decl);
      if (owner === null && ts.isVariableDeclaration(decl)) return { kind: "global", desc: this.globalFor(decl) };
      return { kind: "local", key: bindingKey(decl) };
    }
    return { kind: "other" };
  }

  /** A helper function of rts/rlib/arrays or rts/rlib/builtins (library members written in RTS). */
  arrayHelper(name: string, module = "rts/rlib/arrays"): FunctionDesc {
    const sf = this.program.getSourceFile(RLIB_MODULES[module])!;
    // declared in the module, or re-exported by it
    let sym = this.checker.getExportsOfModule(this.checker.getSymbolAtLocation(sf)!).find((s) => s.name === name);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
    const decl = sym?.valueDeclaration;
    if (!decl || !ts.isFunctionDeclaration(decl)) throw new Error(`internal: no library helper ${name} in ${module}`);
    return this.functionFor(decl);
  }

  /** False when `obj.name(...)` calls a function stored in a property rather than a method. */
  isMethodName(e: ts.PropertyAccessExpression): boolean {
    const sym = this.checker.getSymbolAtLocation(e.name);
    if (!sym) return true;
    // a member of a union type is a synthetic property: look at what declares it
    const decls = sym.declarations ?? [];
    if (decls.length > 0 && decls.every((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d))) return true;
    return !(sym.flags & ts.SymbolFlags.Property) || !!(sym.flags & ts.SymbolFlags.Method);
  }

  rlibCallee(callee: ts.PropertyAccessExpression): string | null {
    const sym = this.symbolOf(callee.name);
    const decl = sym?.valueDeclaration;
    if (!decl) return null;
    const rlib = this.rlibFiles.get(decl.getSourceFile().fileName);
    if (!rlib) return null;
    if (ts.isMethodDeclaration(decl) && ts.isClassDeclaration(decl.parent) && decl.parent.name) {
      const key = `${rlib}:${decl.parent.name.text}`;
      return RLIB_CLASSES.has(key) ? `${key}.${callee.name.text}` : null;
    }
    const key = `${rlib}:${callee.name.text}`;
    return RLIB_PRIMITIVES.has(key) ? key : null;
  }

  rlibClass(e: ts.Expression): string | null {
    const sym = this.symbolOf(e);
    const decl = sym?.valueDeclaration;
    if (!decl || !ts.isClassDeclaration(decl) || !decl.name) return null;
    const rlib = this.rlibFiles.get(decl.getSourceFile().fileName);
    return rlib && RLIB_CLASSES.has(`${rlib}:${decl.name.text}`) ? `${rlib}:${decl.name.text}` : null;
  }

  // ---- descriptors ------------------------------------------------------------
  paramKeys(decl: ts.FunctionLikeDeclaration): string[] {
    return decl.parameters.map((p) => `${p.name.getText()}@${p.pos}`);
  }

  functionFor(decl: ts.FunctionDeclaration): FunctionDesc {
    let d = this.functions.get(decl);
    if (!d) {
      d = new FunctionDesc(decl.name?.text ?? "anonymous", "function", decl, null, this.paramKeys(decl), this.loc(decl));
      this.functions.set(decl, d);
    }
    return d;
  }

  /**
   * The class of a declaration.  A generic class has one copy per list of
   * type arguments; without arguments it is the abstract family of its copies.
   */
  classFor(decl: ts.ClassDeclaration, typeArgs: BoundType[] | null = null): ClassDesc {
    const generic = (decl.typeParameters?.length ?? 0) > 0;
    if (generic && typeArgs) return this.genericCopy(decl, typeArgs);
    let c = this.classes.get(decl);
    if (c) return c;
    c = new ClassDesc(decl.name?.text ?? "anonymous", decl, this.loc(decl));
    this.classes.set(decl, c);
    this.allClasses.push(c);
    if (generic) {
      c.genericFamily = true;
      c.isAbstract = true;
      // `class CycleError<T> extends Error`: the family sits between the base and the copies (instanceof tests its range)
      const base = this.plainBaseOf(decl);
      if (base) this.setBase(c, base);
      else this.setBase(c, this.objectRoot, true);
      return c;
    }
    this.populateClass(c, decl);
    return c;
  }

  private genericCopy(decl: ts.ClassDeclaration, typeArgs: BoundType[]): ClassDesc {
    const key = typeArgs.map((a) => typeKey(this.checker, a.t, a.env)).join(", ");
    let copies = this.genericCopies.get(decl);
    if (!copies) this.genericCopies.set(decl, (copies = new Map()));
    let c = copies.get(key);
    if (c) return c;
    c = new ClassDesc(`${decl.name?.text ?? "anonymous"}<${key}>`, decl, this.loc(decl));
    copies.set(key, c);
    this.allClasses.push(c);
    const params = decl.typeParameters!.map((p) => this.checker.getTypeAtLocation(p));
    c.typeEnv = bindTypes(EMPTY_ENV, params, typeArgs);
    this.populateClass(c, decl);
    return c;
  }

  private scopeIds = new Map<FunctionDesc, string>();
  /** A name unique to a function (copy): tuple and record shapes of its free type parameters are its own. */
  scopeName(fn: FunctionDesc): string {
    let s = this.scopeIds.get(fn);
    if (!s) this.scopeIds.set(fn, (s = `${fn.qualname}#${this.scopeIds.size}`));
    return s;
  }

  private readonly regexes = new Map<RegExp, Regex>();
  /** The Regex (rts/rlib/regex) standing for a RegExp object init-time code made. */
  prebuiltRegex(x: RegExp): Regex {
    let r = this.regexes.get(x);
    if (!r) {
      // (an instance of the Load stage's copy of the class: the one prebuilt objects are matched with)
      const R = (this.regexClass("Regex").runtimeClass ?? Regex) as typeof Regex;
      r = new R(x.source, x.flags, compileRegex(x.source, x.flags));
      r.lastIndex = x.lastIndex;
      this.regexes.set(x, r);
    }
    return r;
  }

  /** The class of symbols (rts/rlib/values SymbolValue). */
  symbolClass(): ClassDesc {
    return this.rlibClassNamed("rts/rlib/values", "SymbolValue");
  }

  private readonly symbols = new Map<symbol, object>();
  /** The SymbolValue standing for a symbol init-time code made (`const EMPTY = Symbol("empty")`): one per symbol. */
  prebuiltSymbol(x: symbol): object {
    let s = this.symbols.get(x);
    if (!s) {
      const cls = this.symbolClass();
      cls.runtimeClass ??= SymbolValue; // (the Load stage's own class when it ran)
      s = new (cls.runtimeClass as new (d: string | undefined) => object)(x.description);
      this.symbols.set(x, s);
    }
    return s;
  }

  /** A class of rts/rlib/regex: Regex (a RegExp) or RegexMatch (what exec and match return). */
  regexClass(name: "Regex" | "RegexMatch"): ClassDesc {
    return this.rlibClassNamed("rts/rlib/regex", name);
  }

  /** The class `name` declared in one of the toolkit's RTS modules. */
  private rlibClassNamed(module: string, name: string): ClassDesc {
    const sf = this.program.getSourceFile(RLIB_MODULES[module])!;
    const decl = sf.statements.find((st): st is ts.ClassDeclaration => ts.isClassDeclaration(st) && st.name?.text === name)!;
    return this.classFor(decl);
  }

  /** The box class (rts/rlib/values) of a primitive in a value union. */
  valueBoxClass(kind: BoxKind): ClassDesc {
    return this.rlibClassNamed("rts/rlib/values", BOX_CLASS[kind]);
  }

  private readonly boxes = new Map<unknown, object>(); // (by value; a function's by identity)
  /** The prebuilt box (rts/rlib/values) of a primitive constant in a value union: one per value. */
  boxOf(x: Boxable): object {
    const kind = typeof x as BoxKind;
    const key: unknown = kind === "function" ? x : `${kind}:${Object.is(x, -0) ? "-0" : String(x)}`;
    let box = this.boxes.get(key);
    if (!box) {
      const cls = this.valueBoxClass(kind);
      const runtime = { NumberBox, StringBox, BooleanBox, FunctionBox }[BOX_CLASS[kind] as "NumberBox"];
      cls.runtimeClass ??= runtime; // (the Load stage's own class when it ran)
      box = new (cls.runtimeClass as new (v: unknown) => object)(x);
      this.boxes.set(key, box);
    }
    return box;
  }

  /** A class the frontend makes for a type (a record shape): under the object root. */
  adoptClass(c: ClassDesc): void {
    this.setBase(c, this.objectRoot, true);
    this.allClasses.push(c);
  }

  private setBase(c: ClassDesc, base: ClassDesc, implicit = false): void {
    c.base = base;
    c.implicitBase = implicit;
    base.subclasses.push(c);
  }

  /** The base class a declaration extends when it takes no type arguments (`extends Error`), else null. */
  private plainBaseOf(decl: ts.ClassDeclaration): ClassDesc | null {
    const ext = decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword);
    if (!ext || typeArgumentsOf(this.checker, this.checker.getTypeFromTypeNode(ext.types[0])).length > 0) return null;
    return this.types.classOfExpression(ext.types[0].expression);
  }

  private populateClass(c: ClassDesc, decl: ts.ClassDeclaration): void {
    c.isAbstract = !!ts.getModifiers(decl)?.some((m) => m.kind === K.AbstractKeyword);
    const ext = decl.heritageClauses?.find((h) => h.token === K.ExtendsKeyword);
    if (ext && c.typeEnv !== EMPTY_ENV && this.plainBaseOf(decl)) {
      // a copy of a generic class extending a plain class: under the family, which extends that class
      this.setBase(c, this.classFor(decl));
    } else if (ext) {
      const baseType = this.checker.getTypeFromTypeNode(ext.types[0]);
      const base = typeArgumentsOf(this.checker, baseType).length > 0 ? this.types.classOfType(baseType, false, c.typeEnv) : this.types.classOfExpression(ext.types[0].expression);
      if (!base) this.fail(ext.types[0], M.unsupportedName, ext.types[0].getText());
      this.setBase(c, base);
    } else if (this.thrownPlainClasses().has(decl)) {
      this.setBase(c, this.builtinClasses.get("Error")!, true);
      c.thrownPlain = true;
    } else if (c.decl && (decl.typeParameters?.length ?? 0) > 0) {
      this.setBase(c, this.classFor(decl), true); // the family of the copies
    } else {
      this.setBase(c, this.objectRoot, true);
    }
    for (const m of decl.members) {
      if (isStatic(m)) continue; // module globals and plain functions (staticFieldFor, staticMethodFor)
      if (ts.isGetAccessor(m) || ts.isSetAccessor(m)) {
        // accessors are the methods get$x / set$x; `obj.x` calls them
        const name = ts.isGetAccessor(m) ? getterName(m.name.getText()) : setterName(m.name.getText());
        const isAbstract = !!ts.getModifiers(m)?.some((x) => x.kind === K.AbstractKeyword);
        const d = new FunctionDesc(name, "method", m, c, this.paramKeys(m), this.loc(m), isAbstract);
        d.typeEnv = c.typeEnv;
        c.methods.set(name, d);
      } else if (ts.isPropertyDeclaration(m)) {
        const name = m.name.getText();
        const f = new FieldDesc(name, c, this.checker.getTypeAtLocation(m), m.initializer ?? null, this.loc(m));
        f.readonly = !!ts.getModifiers(m)?.some((x) => x.kind === K.ReadonlyKeyword);
        if (!c.base?.lookupField(name)) c.fields.set(name, f);
        c.initialized.push(f);
      } else if (ts.isMethodDeclaration(m)) {
        const name = m.name.getText();
        const isAbstract = !!ts.getModifiers(m)?.some((x) => x.kind === K.AbstractKeyword);
        const d = new FunctionDesc(name, "method", m, c, this.paramKeys(m), this.loc(m), isAbstract);
        d.typeEnv = c.typeEnv;
        c.methods.set(name, d);
      } else if (ts.isConstructorDeclaration(m) && m.body) {
        c.ctor = new FunctionDesc("constructor", "ctor", m, c, this.paramKeys(m), this.loc(m));
        c.ctor.typeEnv = c.typeEnv;
        for (const p of m.parameters) {
          if (ts.getModifiers(p)?.some((x) => [K.PublicKeyword, K.PrivateKeyword, K.ProtectedKeyword, K.ReadonlyKeyword].includes(x.kind))) {
            const name = p.name.getText();
            const f = new FieldDesc(name, c, this.checker.getTypeAtLocation(p), null, this.loc(p));
            f.readonly = !!ts.getModifiers(p)?.some((x) => x.kind === K.ReadonlyKeyword);
            if (!c.base?.lookupField(name)) c.fields.set(name, f);
          }
        }
      }
    }
  }

  private toJSON: boolean | null = null;
  /** A class of the program declares toJSON() (JSON.stringify would call it). */
  definesToJSON(): boolean {
    this.toJSON ??= this.allClasses.some((c) => c.decl && !this.isLibDecl(c.decl) && c.methods.has("toJSON"));
    return this.toJSON;
  }

  private thrownPlain: Set<ts.ClassDeclaration> | null = null;
  /** The classes without `extends` that the program throws (`throw new ReturnSignal(v)`). */
  private thrownPlainClasses(): Set<ts.ClassDeclaration> {
    if (this.thrownPlain) return this.thrownPlain;
    const found = new Set<ts.ClassDeclaration>();
    const visit = (n: ts.Node): void => {
      if (ts.isThrowStatement(n) && ts.isNewExpression(n.expression)) {
        const decl = this.checker.getSymbolAtLocation(n.expression.expression)?.valueDeclaration;
        const plain = decl && ts.isClassDeclaration(decl) && !decl.heritageClauses?.some((h) => h.token === K.ExtendsKeyword) && !decl.typeParameters?.length;
        if (plain && !this.isLibDecl(decl)) found.add(decl);
      }
      ts.forEachChild(n, visit);
    };
    for (const sf of this.userFiles()) visit(sf);
    return (this.thrownPlain = found);
  }

  /** `number, Box<string>`: equal for equal lists of type arguments. */
  typeArgumentsKey(typeArgs: BoundType[]): string {
    return typeArgs.map((a) => typeKey(this.checker, a.t, a.env)).join(", ");
  }

  /** A copy of a generic method for one list of type arguments (called directly, or through the vtable under its own name). */
  methodInstance(m: FunctionDesc, typeArgs: BoundType[]): FunctionDesc {
    const key = this.typeArgumentsKey(typeArgs);
    let copies = this.methodCopies.get(m);
    if (!copies) this.methodCopies.set(m, (copies = new Map()));
    let d = copies.get(key);
    if (!d) {
      d = new FunctionDesc(`${m.name}<${key}>`, "method", m.decl, m.cls, m.params, m.loc, m.isAbstract);
      const params = (m.decl as ts.MethodDeclaration).typeParameters!.map((p) => this.checker.getTypeAtLocation(p));
      d.typeEnv = bindTypes(m.typeEnv, params, typeArgs);
      copies.set(key, d);
    }
    return d;
  }

  /**
   * A generic method that subclasses override, for one list of type
   * arguments: every class under m's that declares the method gets its copy
   * as a method of its own (`accept<string>`), so a call dispatches through
   * the vtable like any method.  Returns an override whose type parameters
   * do not match m's (null when all do).
   */
  overridableMethodInstance(m: FunctionDesc, typeArgs: BoundType[]): FunctionDesc | null {
    const name = `${m.name}<${this.typeArgumentsKey(typeArgs)}>`;
    for (const sub of m.cls!.subtree()) {
      const own = sub.methods.get(m.name);
      if (!own || sub.methods.has(name)) continue;
      if ((own.decl as ts.MethodDeclaration | null)?.typeParameters?.length !== typeArgs.length) return own;
      sub.methods.set(name, this.methodInstance(own, typeArgs));
    }
    return null;
  }

  private makeBuiltinErrors(): void {
    for (const name of BUILTIN_ERRORS) {
      const c = new ClassDesc(name, null, null);
      c.builtin = true;
      c.runtimeClass = (globalThis as Record<string, unknown>)[name];
      if (name !== "Error") {
        this.setBase(c, this.builtinClasses.get("Error")!);
      } else {
        this.setBase(c, this.objectRoot, true);
        c.fields.set("message", new FieldDesc("message", c, null, null, null));
        // Error.prototype.name and its subclasses' (the constructors set it: RTS has no prototype chain)
        c.fields.set("name", new FieldDesc("name", c, null, null, null));
      }
      this.builtinClasses.set(name, c);
      this.allClasses.push(c);
    }
  }

  /** Creates descriptors for every top-level class of the program and of rts/rlib. */
  discoverClasses(): void {
    const files = [...this.userFiles(), ...this.program.getSourceFiles().filter((sf) => this.rlibFiles.has(sf.fileName))];
    for (const sf of files) for (const s of sf.statements) if (ts.isClassDeclaration(s) && s.name && !RLIB_CLASSES.has(`${this.rlibFiles.get(sf.fileName)}:${s.name.text}`)) this.classFor(s);
  }

  /** The constructor of a class, synthesizing the implicit one. */
  constructorOf(cls: ClassDesc): FunctionDesc {
    if (!cls.ctor) {
      const params = cls.declaredBase ? this.constructorOf(cls.declaredBase).params.map((_, i) => `arg${i}`) : cls.builtin ? ["message"] : [];
      cls.ctor = new FunctionDesc("constructor", "ctor", null, cls, params, cls.loc);
    }
    return cls.ctor;
  }

  superMethod(fn: FunctionDesc, name: string, at: ts.Node): FunctionDesc {
    const m = fn.cls?.base?.lookupMethod(name);
    if (!m) return this.fail(at, M.unknownAttribute, `the base class of ${fn.cls?.name}`, name);
    return m;
  }

  /** A static method: a plain function named Class.method (`this` is not supported in it). */
  staticMethodFor(decl: ts.MethodDeclaration): FunctionDesc {
    let d = this.functions.get(decl);
    if (!d) {
      const owner = (decl.parent as ts.ClassDeclaration).name?.text ?? "anonymous";
      d = new FunctionDesc(`${owner}.${decl.name.getText()}`, "function", decl, null, this.paramKeys(decl), this.loc(decl));
      this.functions.set(decl, d);
    }
    return d;
  }

  /** A static field: a module global (readonly ones are constants), initialized when the class is defined. */
  staticFieldFor(decl: ts.PropertyDeclaration): GlobalDesc {
    let g = this.globals.get(decl);
    if (!g) {
      const owner = (decl.parent as ts.ClassDeclaration).name?.text ?? "anonymous";
      const readonly = !!ts.getModifiers(decl)?.some((m) => m.kind === K.ReadonlyKeyword);
      g = new GlobalDesc(`${owner}.${decl.name.getText()}`, decl.getSourceFile().fileName, !readonly, decl, this.loc(decl));
      this.globals.set(decl, g);
    }
    return g;
  }

  /** The static fields of a class declaration. */
  staticFields(decl: ts.ClassDeclaration): GlobalDesc[] {
    return decl.members.filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && isStatic(m)).map((m) => this.staticFieldFor(m));
  }

  globalFor(decl: ts.VariableDeclaration): GlobalDesc {
    let g = this.globals.get(decl);
    if (!g) {
      const mutable = !(decl.parent.flags & ts.NodeFlags.Const);
      g = new GlobalDesc(decl.name.getText(), decl.getSourceFile().fileName, mutable, decl, this.loc(decl));
      this.globals.set(decl, g);
    }
    return g;
  }

  allGlobals(): GlobalDesc[] {
    const out: GlobalDesc[] = [];
    for (const sf of this.loadedFiles()) {
      for (const s of sf.statements) {
        if (!ts.isVariableStatement(s)) continue;
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) out.push(this.globalFor(d));
      }
    }
    return out;
  }

  /** The value of a module-level const: a literal, or the object the Load stage captured. */
  constantFor(g: GlobalDesc, at: ts.Node): Constant {
    const init = g.decl.initializer;
    if (init && isSimpleLiteral(init)) {
      if (ts.isPrefixUnaryExpression(init)) {
        const v = -Number((init.operand as ts.NumericLiteral).text);
        return /[.eE]/.test(init.operand.getText()) || !fitsInt(v) ? floatConst(v) : new Constant(v);
      }
      if (ts.isNumericLiteral(init)) {
        const v = Number(init.text);
        return /[.eE]/.test(init.getText()) || !fitsInt(v) ? floatConst(v) : new Constant(v);
      }
      if (init.kind === K.TrueKeyword || init.kind === K.FalseKeyword) return new Constant(init.kind === K.TrueKeyword);
      return new Constant((init as ts.StringLiteral).text);
    }
    if (!g.loaded) return this.fail(at, M.moduleCode);
    if (typeof g.value === "object" && g.value !== null && !this.prebuiltTypes.has(g.value)) this.prebuiltTypes.set(g.value, this.checker.getTypeAtLocation(g.decl));
    if (typeof g.value === "symbol") return new Constant(this.prebuiltSymbol(g.value)); // (held as a SymbolValue)
    return new Constant(g.value);
  }

  /** TypeScript types of init-time objects referenced as constants (tuples need them). */
  readonly prebuiltTypes = new Map<object, ts.Type>();
  /** Init-time arrays that are tuples: their tuple class. */
  readonly prebuiltTuples = new Map<object, ClassDesc>();
  /** Init-time plain objects (object literals run at init time): their record class. */
  readonly prebuiltRecords = new Map<object, ClassDesc>();

  /** Top-level functions by their run-time function object (filled by the Load stage). */
  readonly runtimeFunctions = new Map<unknown, FunctionDesc>();
  /** The objects module-level code made with object literals: where the literal is ("file:pos"; from the Load stage). */
  readonly initLiteralSources = new Map<object, string>();

  /** `this` in a method of an object literal module-level code evaluated: the one object it made. */
  initLiteralObject(lit: ts.ObjectLiteralExpression, at: ts.Node): Constant {
    const where = `${lit.getSourceFile().fileName}:${lit.pos}`;
    const made = [...this.initLiteralSources].filter(([, w]) => w === where);
    if (made.length !== 1) return this.fail(at, M.literalThis);
    return new Constant(made[0][0]);
  }

  /** The type of the object literal that made init-time object x (its own shape, methods included), if one did. */
  literalTypeOf(x: object): ts.Type | undefined {
    const where = this.initLiteralSources.get(x);
    if (!where) return undefined;
    const file = where.slice(0, where.lastIndexOf(":"));
    if (!this.literalNodes.has(file)) {
      // every object literal of the file by position, found once
      const sf = this.program.getSourceFile(file);
      const visit = (n: ts.Node): void => {
        if (ts.isObjectLiteralExpression(n)) this.literalNodes.set(`${file}:${n.pos}`, n);
        ts.forEachChild(n, visit);
      };
      this.literalNodes.set(file, null);
      if (sf) visit(sf);
    }
    const lit = this.literalNodes.get(where);
    return lit ? this.checker.getTypeAtLocation(lit) : undefined;
  }
  private readonly literalNodes = new Map<string, ts.ObjectLiteralExpression | null>();


  /** Function expressions evaluated by module-level code, with where they are written (from the Load stage). */
  readonly initFunctionSources = new Map<unknown, { file: string; pos: number }>();

  /** The function object init time made for a top-level function (the Load stage's), if any. */
  runtimeFunctionOf(fn: FunctionDesc): unknown {
    for (const [f, d] of this.runtimeFunctions) if (d === fn) return f;
    return undefined;
  }

  /**
   * The descriptor of a function value built at init time: a top-level
   * function, or a function expression the Load stage traced to its source
   * position (only those written directly in module-level initializers).
   */
  /**
   * A library function built into init-time data (`{ apply: Math.max }`):
   * its closure, by the function type `t` it is held as (a rest parameter:
   * called with one array).  Null when it is none or cannot be a value there.
   */
  libraryFunctionOfRuntime(f: unknown, t: ts.Type | undefined): FunctionDesc | null {
    const name = libraryValueName(f);
    const desc = name ? this.closures.library.value(name, takesRestArray(this.checker, t), f) : null;
    if (desc) this.traced.set(f, desc); // (the rtyper and the backends ask functionOfRuntime)
    return desc;
  }

  functionOfRuntime(f: unknown): FunctionDesc | null {
    const top = this.runtimeFunctions.get(f);
    if (top) return this.closures.functionValue(top);
    if (this.traced.has(f)) return this.traced.get(f)!;
    const where = this.initFunctionSources.get(f);
    if (!where) return null;
    const sf = this.program.getSourceFile(where.file);
    const pos = where.pos;
    let found: NestedFunction | null = null;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if ((ts.isArrowFunction(n) || ts.isFunctionExpression(n) || isLiteralMethod(n)) && n.pos === pos) found = n;
      else ts.forEachChild(n, visit);
    };
    if (sf) visit(sf);
    if (found) {
      // a value it captures must be one the translated program can read: a top-level binding
      const captured = initTimeCapture(found, this.checker);
      if (captured) return this.fail(captured, M.initTimeCapture, captured.getText());
    }
    const desc = found ? this.closures.closureFor(found, this.moduleFunction) : null;
    this.traced.set(f, desc); // asked again by the rtyper and the backends: find the node once
    return desc;
  }
  private traced = new Map<unknown, FunctionDesc | null>();

  /** The method get$x or set$x of a class with field x: its own accessor when read through an interface. */
  fieldAccessor(f: FieldDesc, kind: "get" | "set"): FunctionDesc {
    const d = new FunctionDesc(`${kind}$${f.name}`, "method", null, f.owner, kind === "get" ? [] : ["value"], f.loc);
    d.fieldAccess = { field: f, name: f.name, kind };
    return d;
  }

  /** Method `m` of a record whose property m holds a function, called through an interface other classes implement with methods. */
  fieldCaller(f: FieldDesc, params?: string[]): FunctionDesc {
    // (the parameters of a method implementing it elsewhere, else of the property's function type)
    const sig = f.declaredType && this.checker.getNonNullableType(f.declaredType).getCallSignatures()[0];
    const names = params ?? sig?.getParameters().map((p, i) => `${p.name}$${i}`) ?? [];
    const d = new FunctionDesc(f.name, "method", null, f.owner, names, f.loc);
    d.fieldAccess = { field: f, name: f.name, kind: "call" };
    return d;
  }

  /** A method every JavaScript object has (Object.prototype.toString, Error.prototype.toString, constructor.name), for class c. */
  inheritedMethod(c: ClassDesc, name: string, kind: "toString" | "errorToString" | "className" | "keys" | "values" | "rest"): FunctionDesc {
    const d = new FunctionDesc(name, "method", null, c, [], c.loc);
    d.inherited = kind;
    return d;
  }

  /** get$x of a class without x, read through a type where x is optional: undefined. */
  missingPropertyGetter(c: ClassDesc, name: string): FunctionDesc {
    const d = new FunctionDesc(`get$${name}`, "method", null, c, [], c.loc);
    d.fieldAccess = { field: null, name, kind: "get" };
    return d;
  }

  // ---- graphs -------------------------------------------------------------------
  getGraph(fn: FunctionDesc): FunctionGraph {
    if (!fn.graph) {
      if (fn.inherited) fn.graph = inheritedMethodGraph(fn, this);
      else if (fn.fieldAccess) fn.graph = accessorGraph(fn);
      else if (fn.jsonTarget) fn.graph = this.json.graph(fn);
      else if (fn.cls?.builtin) fn.graph = builtinErrorCtor(fn, fn.cls.declaredBase ? this.constructorOf(fn.cls.declaredBase) : null);
      else if (fn.wraps) fn.graph = wrapperGraph(fn);
      else if (fn.wrapsLibrary) fn.graph = libraryValueGraph(fn, this);
      else if (fn.decl?.asteriskToken) fn.graph = generatorGraph(fn, new FunctionLowering(this, fn).build(), this);
      else fn.graph = new FunctionLowering(this, fn).build();
    }
    return fn.graph;
  }

  /** A function whose body could not be lowered (its error is reported): a graph that never returns. */
  stubGraph(fn: FunctionDesc): FunctionGraph {
    return (fn.graph = stubGraph(fn));
  }
}

/**
 * A variable that a function made at init time reads from a scope that is
 * gone when the program runs — a module-level loop's variable, a block's
 * constant, the parameter of a function called at init time — or null.  Its
 * value is not one the translator can see (JavaScript does not expose a
 * closure's variables), so such a function cannot be a prebuilt value.
 */
function initTimeCapture(fn: ts.Node, checker: ts.TypeChecker): ts.Identifier | null {
  let found: ts.Identifier | null = null;
  const topLevel = (decl: ts.Node): boolean => {
    if (!ts.isVariableDeclaration(decl)) return false;
    const list = decl.parent;
    return ts.isVariableDeclarationList(list) && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
  };
  const inside = (decl: ts.Node): boolean => {
    for (let p: ts.Node | undefined = decl; p; p = p.parent) if (p === fn) return true;
    return false;
  };
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
      const decl = checker.getSymbolAtLocation(n)?.valueDeclaration;
      if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) && !inside(decl) && !topLevel(decl)) {
        found = n;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}
