// The single-pass compiler: a Pratt parser that emits bytecode as it parses,
// resolving locals and upvalues on the way, with clox's error messages,
// panic-mode recovery and limits.
import { Chunk, ChunkBuilder, Op } from "./chunk.ts";
import { Parser } from "./parser.ts";
import { T } from "./scanner.ts";
import { ClassState, FunctionState, FunctionType, Local, UpvalueRef } from "./scopes.ts";
import { NumberValue, ObjFunction, ObjString, type Value } from "./value.ts";

const UINT8_COUNT = 256;

enum Prec {
  NONE,
  ASSIGNMENT, // =
  OR, // or
  AND, // and
  EQUALITY, // == !=
  COMPARISON, // < > <= >=
  TERM, // + -
  FACTOR, // * /
  UNARY, // ! -
  CALL, // . ()
  PRIMARY,
}


/** Interns names and literals: the VM's symbol table. */
export interface Interner {
  intern(text: string): ObjString;
}


/** Binding power of each token as an infix operator. */
function infixPrecedence(type: T): Prec {
  switch (type) {
    case T.LEFT_PAREN:
    case T.DOT:
      return Prec.CALL;
    case T.MINUS:
    case T.PLUS:
      return Prec.TERM;
    case T.SLASH:
    case T.STAR:
      return Prec.FACTOR;
    case T.BANG_EQUAL:
    case T.EQUAL_EQUAL:
      return Prec.EQUALITY;
    case T.GREATER:
    case T.GREATER_EQUAL:
    case T.LESS:
    case T.LESS_EQUAL:
      return Prec.COMPARISON;
    case T.AND:
      return Prec.AND;
    case T.OR:
      return Prec.OR;
  }
  return Prec.NONE;
}

export class Compiler {
  private readonly p: Parser;
  private fs: FunctionState;
  private cls: ClassState | null = null;

  constructor(
    source: string,
    private readonly names: Interner,
  ) {
    this.p = new Parser(source);
    this.fs = new FunctionState(null, FunctionType.SCRIPT, null);
  }

  /** Compiles the whole script; null after a compile error (already reported on stderr). */
  compile(): ObjFunction | null {
    this.p.advance();
    while (!this.p.match(T.EOF)) this.declaration();
    const fn = this.endFunction();
    return this.p.hadError ? null : fn;
  }

  // ---- emitting -----------------------------------------------------------

  private get chunk(): ChunkBuilder {
    return this.fs.chunk;
  }

  private emit(slot: number): void {
    this.chunk.write(slot, this.p.previous.line);
  }

  private emit2(a: number, b: number): void {
    this.emit(a);
    this.emit(b);
  }

  private emitJump(op: Op): number {
    this.emit(op);
    this.emit2(0xff, 0xff);
    return this.chunk.count - 2;
  }

  /** Points the jump at `offset` to the current end of the code. */
  private patchJump(offset: number): void {
    const jump = this.chunk.count - offset - 2;
    if (jump > 0xffff) this.p.error("Too much code to jump over.");
    this.chunk.code[offset] = jump;
    this.chunk.code[offset + 1] = 0;
  }

  private emitLoop(loopStart: number): void {
    this.emit(Op.LOOP);
    const offset = this.chunk.count - loopStart + 2;
    if (offset > 0xffff) this.p.error("Loop body too large.");
    this.emit2(offset, 0);
  }

  private emitReturn(): void {
    if (this.fs.type === FunctionType.INITIALIZER) this.emit2(Op.GET_LOCAL, 0);
    else this.emit(Op.NIL);
    this.emit(Op.RETURN);
  }

  private makeConstant(value: Value): number {
    const index = this.chunk.addConstant(value);
    if (index >= UINT8_COUNT) {
      this.p.error("Too many constants in one chunk.");
      return 0;
    }
    return index;
  }

  private emitConstant(value: Value): void {
    this.emit2(Op.CONSTANT, this.makeConstant(value));
  }

  /** A name operand: the name takes a constant slot (as in clox) and the operand is its symbol id. */
  private identifierConstant(name: string): number {
    const sym = this.names.intern(name);
    this.makeConstant(sym);
    return sym.id;
  }

  private endFunction(): ObjFunction {
    this.emitReturn();
    const fs = this.fs;
    const fn = new ObjFunction(fs.name, fs.arity, fs.upvalueCount, new Chunk(fs.chunk));
    if (this.fs.enclosing) this.fs = this.fs.enclosing;
    return fn;
  }

  // ---- scopes and variables ---------------------------------------------------

  private beginScope(): void {
    this.fs.scopeDepth++;
  }

  private endScope(): void {
    const fs = this.fs;
    fs.scopeDepth--;
    while (fs.locals.length > 0 && fs.locals[fs.locals.length - 1].depth > fs.scopeDepth) {
      this.emit(fs.locals[fs.locals.length - 1].isCaptured ? Op.CLOSE_UPVALUE : Op.POP);
      fs.locals.pop();
    }
  }

  private resolveLocal(fs: FunctionState, name: string): number {
    for (let i = fs.locals.length - 1; i >= 0; i--) {
      const local = fs.locals[i];
      if (local.name === name) {
        if (local.depth === -1) this.p.error("Can't read local variable in its own initializer.");
        return i;
      }
    }
    return -1;
  }

  private addUpvalue(fs: FunctionState, index: number, isLocal: boolean): number {
    for (let i = 0; i < fs.upvalues.length; i++) {
      const uv = fs.upvalues[i];
      if (uv.index === index && uv.isLocal === isLocal) return i;
    }
    if (fs.upvalues.length === UINT8_COUNT) {
      this.p.error("Too many closure variables in function.");
      return 0;
    }
    fs.upvalues.push(new UpvalueRef(index, isLocal));
    fs.upvalueCount = fs.upvalues.length;
    return fs.upvalues.length - 1;
  }

  private resolveUpvalue(fs: FunctionState, name: string): number {
    const enclosing = fs.enclosing;
    if (enclosing === null) return -1;
    const local = this.resolveLocal(enclosing, name);
    if (local !== -1) {
      enclosing.locals[local].isCaptured = true;
      return this.addUpvalue(fs, local, true);
    }
    const upvalue = this.resolveUpvalue(enclosing, name);
    if (upvalue !== -1) return this.addUpvalue(fs, upvalue, false);
    return -1;
  }

  private addLocal(name: string): void {
    if (this.fs.locals.length === UINT8_COUNT) {
      this.p.error("Too many local variables in function.");
      return;
    }
    this.fs.locals.push(new Local(name, -1));
  }

  private declareVariable(): void {
    const fs = this.fs;
    if (fs.scopeDepth === 0) return;
    const name = this.p.previous.text;
    for (let i = fs.locals.length - 1; i >= 0; i--) {
      const local = fs.locals[i];
      if (local.depth !== -1 && local.depth < fs.scopeDepth) break;
      if (local.name === name) this.p.error("Already a variable with this name in this scope.");
    }
    this.addLocal(name);
  }

  private parseVariable(message: string): number {
    this.p.consume(T.IDENTIFIER, message);
    this.declareVariable();
    if (this.fs.scopeDepth > 0) return 0;
    return this.identifierConstant(this.p.previous.text);
  }

  private markInitialized(): void {
    if (this.fs.scopeDepth === 0) return;
    this.fs.locals[this.fs.locals.length - 1].depth = this.fs.scopeDepth;
  }

  private defineVariable(global: number): void {
    if (this.fs.scopeDepth > 0) {
      this.markInitialized();
      return;
    }
    this.emit2(Op.DEFINE_GLOBAL, global);
  }

  private namedVariable(name: string, canAssign: boolean): void {
    let getOp: Op;
    let setOp: Op;
    let arg = this.resolveLocal(this.fs, name);
    if (arg !== -1) {
      getOp = Op.GET_LOCAL;
      setOp = Op.SET_LOCAL;
    } else {
      arg = this.resolveUpvalue(this.fs, name);
      if (arg !== -1) {
        getOp = Op.GET_UPVALUE;
        setOp = Op.SET_UPVALUE;
      } else {
        arg = this.identifierConstant(name);
        getOp = Op.GET_GLOBAL;
        setOp = Op.SET_GLOBAL;
      }
    }
    if (canAssign && this.p.match(T.EQUAL)) {
      this.expression();
      this.emit2(setOp, arg);
    } else {
      this.emit2(getOp, arg);
    }
  }

  // ---- expressions --------------------------------------------------------

  private expression(): void {
    this.parsePrecedence(Prec.ASSIGNMENT);
  }

  private parsePrecedence(prec: Prec): void {
    this.p.advance();
    const canAssign = prec <= Prec.ASSIGNMENT;
    if (!this.prefix(this.p.previous.type, canAssign)) {
      this.p.error("Expect expression.");
      return;
    }
    while (prec <= infixPrecedence(this.p.current.type)) {
      this.p.advance();
      this.infix(this.p.previous.type, canAssign);
    }
    if (canAssign && this.p.match(T.EQUAL)) this.p.error("Invalid assignment target.");
  }

  /** Parses the prefix expression the token starts; false when no expression starts with it. */
  private prefix(type: T, canAssign: boolean): boolean {
    switch (type) {
      case T.LEFT_PAREN:
        this.expression();
        this.p.consume(T.RIGHT_PAREN, "Expect ')' after expression.");
        return true;
      case T.MINUS:
      case T.BANG:
        this.parsePrecedence(Prec.UNARY);
        this.emit(type === T.MINUS ? Op.NEGATE : Op.NOT);
        return true;
      case T.NUMBER:
        this.emitConstant(new NumberValue(Number(this.p.previous.text)));
        return true;
      case T.STRING: {
        const text = this.p.previous.text;
        this.emitConstant(this.names.intern(text.slice(1, text.length - 1)));
        return true;
      }
      case T.NIL:
        this.emit(Op.NIL);
        return true;
      case T.TRUE:
        this.emit(Op.TRUE);
        return true;
      case T.FALSE:
        this.emit(Op.FALSE);
        return true;
      case T.IDENTIFIER:
        this.namedVariable(this.p.previous.text, canAssign);
        return true;
      case T.THIS:
        if (this.cls === null) {
          this.p.error("Can't use 'this' outside of a class.");
          return true;
        }
        this.namedVariable("this", false);
        return true;
      case T.SUPER:
        this.superExpression();
        return true;
    }
    return false;
  }

  private infix(type: T, canAssign: boolean): void {
    switch (type) {
      case T.LEFT_PAREN:
        this.emit2(Op.CALL, this.argumentList());
        return;
      case T.DOT:
        this.dot(canAssign);
        return;
      case T.AND: {
        const endJump = this.emitJump(Op.JUMP_IF_FALSE);
        this.emit(Op.POP);
        this.parsePrecedence(Prec.AND);
        this.patchJump(endJump);
        return;
      }
      case T.OR: {
        const elseJump = this.emitJump(Op.JUMP_IF_FALSE);
        const endJump = this.emitJump(Op.JUMP);
        this.patchJump(elseJump);
        this.emit(Op.POP);
        this.parsePrecedence(Prec.OR);
        this.patchJump(endJump);
        return;
      }
    }
    this.binary(type);
  }

  private binary(type: T): void {
    this.parsePrecedence(infixPrecedence(type) + 1);
    switch (type) {
      case T.BANG_EQUAL: this.emit2(Op.EQUAL, Op.NOT); break;
      case T.EQUAL_EQUAL: this.emit(Op.EQUAL); break;
      case T.GREATER: this.emit(Op.GREATER); break;
      case T.GREATER_EQUAL: this.emit2(Op.LESS, Op.NOT); break;
      case T.LESS: this.emit(Op.LESS); break;
      case T.LESS_EQUAL: this.emit2(Op.GREATER, Op.NOT); break;
      case T.PLUS: this.emit(Op.ADD); break;
      case T.MINUS: this.emit(Op.SUBTRACT); break;
      case T.STAR: this.emit(Op.MULTIPLY); break;
      case T.SLASH: this.emit(Op.DIVIDE); break;
    }
  }

  private argumentList(): number {
    let count = 0;
    if (!this.p.check(T.RIGHT_PAREN)) {
      do {
        this.expression();
        if (count === 255) this.p.error("Can't have more than 255 arguments.");
        count++;
      } while (this.p.match(T.COMMA));
    }
    this.p.consume(T.RIGHT_PAREN, "Expect ')' after arguments.");
    return count;
  }

  private dot(canAssign: boolean): void {
    this.p.consume(T.IDENTIFIER, "Expect property name after '.'.");
    const name = this.identifierConstant(this.p.previous.text);
    if (canAssign && this.p.match(T.EQUAL)) {
      this.expression();
      this.emit2(Op.SET_PROPERTY, name);
    } else if (this.p.match(T.LEFT_PAREN)) {
      const argCount = this.argumentList();
      this.emit2(Op.INVOKE, name);
      this.emit(argCount);
    } else {
      this.emit2(Op.GET_PROPERTY, name);
    }
  }

  private superExpression(): void {
    if (this.cls === null) this.p.error("Can't use 'super' outside of a class.");
    else if (!this.cls.hasSuperclass) this.p.error("Can't use 'super' in a class with no superclass.");
    this.p.consume(T.DOT, "Expect '.' after 'super'.");
    this.p.consume(T.IDENTIFIER, "Expect superclass method name.");
    const name = this.identifierConstant(this.p.previous.text);
    this.namedVariable("this", false);
    if (this.p.match(T.LEFT_PAREN)) {
      const argCount = this.argumentList();
      this.namedVariable("super", false);
      this.emit2(Op.SUPER_INVOKE, name);
      this.emit(argCount);
    } else {
      this.namedVariable("super", false);
      this.emit2(Op.GET_SUPER, name);
    }
  }

  // ---- statements and declarations -----------------------------------------

  private declaration(): void {
    if (this.p.match(T.CLASS)) this.classDeclaration();
    else if (this.p.match(T.FUN)) this.funDeclaration();
    else if (this.p.match(T.VAR)) this.varDeclaration();
    else this.statement();
    if (this.p.panicMode) this.p.synchronize();
  }

  private classDeclaration(): void {
    this.p.consume(T.IDENTIFIER, "Expect class name.");
    const className = this.p.previous.text;
    const nameConstant = this.identifierConstant(className);
    this.declareVariable();
    this.emit2(Op.CLASS, nameConstant);
    this.defineVariable(nameConstant);

    const cls = new ClassState(this.cls);
    this.cls = cls;
    if (this.p.match(T.LESS)) {
      this.p.consume(T.IDENTIFIER, "Expect superclass name.");
      this.namedVariable(this.p.previous.text, false);
      if (className === this.p.previous.text) this.p.error("A class can't inherit from itself.");
      this.beginScope();
      this.addLocal("super");
      this.defineVariable(0);
      this.namedVariable(className, false);
      this.emit(Op.INHERIT);
      cls.hasSuperclass = true;
    }
    this.namedVariable(className, false);
    this.p.consume(T.LEFT_BRACE, "Expect '{' before class body.");
    while (!this.p.check(T.RIGHT_BRACE) && !this.p.check(T.EOF)) this.method();
    this.p.consume(T.RIGHT_BRACE, "Expect '}' after class body.");
    this.emit(Op.POP);
    if (cls.hasSuperclass) this.endScope();
    this.cls = cls.enclosing;
  }

  private method(): void {
    this.p.consume(T.IDENTIFIER, "Expect method name.");
    const name = this.p.previous.text;
    const constant = this.identifierConstant(name);
    this.function(name === "init" ? FunctionType.INITIALIZER : FunctionType.METHOD);
    this.emit2(Op.METHOD, constant);
  }

  private funDeclaration(): void {
    const global = this.parseVariable("Expect function name.");
    this.markInitialized();
    this.function(FunctionType.FUNCTION);
    this.defineVariable(global);
  }

  private function(type: FunctionType): void {
    this.fs = new FunctionState(this.fs, type, this.p.previous.text);
    const fs = this.fs;
    this.beginScope();
    this.p.consume(T.LEFT_PAREN, "Expect '(' after function name.");
    if (!this.p.check(T.RIGHT_PAREN)) {
      do {
        fs.arity++;
        if (fs.arity > 255) this.p.errorAtCurrent("Can't have more than 255 parameters.");
        const constant = this.parseVariable("Expect parameter name.");
        this.defineVariable(constant);
      } while (this.p.match(T.COMMA));
    }
    this.p.consume(T.RIGHT_PAREN, "Expect ')' after parameters.");
    this.p.consume(T.LEFT_BRACE, "Expect '{' before function body.");
    this.block();
    const fn = this.endFunction();
    this.emit2(Op.CLOSURE, this.makeConstant(fn));
    for (const uv of fs.upvalues) this.emit2(uv.isLocal ? 1 : 0, uv.index);
  }

  private varDeclaration(): void {
    const global = this.parseVariable("Expect variable name.");
    if (this.p.match(T.EQUAL)) this.expression();
    else this.emit(Op.NIL);
    this.p.consume(T.SEMICOLON, "Expect ';' after variable declaration.");
    this.defineVariable(global);
  }

  private statement(): void {
    if (this.p.match(T.PRINT)) {
      this.expression();
      this.p.consume(T.SEMICOLON, "Expect ';' after value.");
      this.emit(Op.PRINT);
    } else if (this.p.match(T.FOR)) this.forStatement();
    else if (this.p.match(T.IF)) this.ifStatement();
    else if (this.p.match(T.RETURN)) this.returnStatement();
    else if (this.p.match(T.WHILE)) this.whileStatement();
    else if (this.p.match(T.LEFT_BRACE)) {
      this.beginScope();
      this.block();
      this.endScope();
    } else {
      this.expression();
      this.p.consume(T.SEMICOLON, "Expect ';' after expression.");
      this.emit(Op.POP);
    }
  }

  private block(): void {
    while (!this.p.check(T.RIGHT_BRACE) && !this.p.check(T.EOF)) this.declaration();
    this.p.consume(T.RIGHT_BRACE, "Expect '}' after block.");
  }

  private ifStatement(): void {
    this.p.consume(T.LEFT_PAREN, "Expect '(' after 'if'.");
    this.expression();
    this.p.consume(T.RIGHT_PAREN, "Expect ')' after condition.");
    const thenJump = this.emitJump(Op.JUMP_IF_FALSE);
    this.emit(Op.POP);
    this.statement();
    const elseJump = this.emitJump(Op.JUMP);
    this.patchJump(thenJump);
    this.emit(Op.POP);
    if (this.p.match(T.ELSE)) this.statement();
    this.patchJump(elseJump);
  }

  private whileStatement(): void {
    const loopStart = this.chunk.count;
    this.p.consume(T.LEFT_PAREN, "Expect '(' after 'while'.");
    this.expression();
    this.p.consume(T.RIGHT_PAREN, "Expect ')' after condition.");
    const exitJump = this.emitJump(Op.JUMP_IF_FALSE);
    this.emit(Op.POP);
    this.statement();
    this.emitLoop(loopStart);
    this.patchJump(exitJump);
    this.emit(Op.POP);
  }

  private forStatement(): void {
    this.beginScope();
    this.p.consume(T.LEFT_PAREN, "Expect '(' after 'for'.");
    if (this.p.match(T.SEMICOLON)) {
      // no initializer
    } else if (this.p.match(T.VAR)) this.varDeclaration();
    else {
      this.expression();
      this.p.consume(T.SEMICOLON, "Expect ';' after expression.");
      this.emit(Op.POP);
    }
    let loopStart = this.chunk.count;
    let exitJump = -1;
    if (!this.p.match(T.SEMICOLON)) {
      this.expression();
      this.p.consume(T.SEMICOLON, "Expect ';' after loop condition.");
      exitJump = this.emitJump(Op.JUMP_IF_FALSE);
      this.emit(Op.POP);
    }
    if (!this.p.match(T.RIGHT_PAREN)) {
      const bodyJump = this.emitJump(Op.JUMP);
      const incrementStart = this.chunk.count;
      this.expression();
      this.emit(Op.POP);
      this.p.consume(T.RIGHT_PAREN, "Expect ')' after for clauses.");
      this.emitLoop(loopStart);
      loopStart = incrementStart;
      this.patchJump(bodyJump);
    }
    this.statement();
    this.emitLoop(loopStart);
    if (exitJump !== -1) {
      this.patchJump(exitJump);
      this.emit(Op.POP);
    }
    this.endScope();
  }

  private returnStatement(): void {
    if (this.fs.type === FunctionType.SCRIPT) this.p.error("Can't return from top-level code.");
    if (this.p.match(T.SEMICOLON)) {
      this.emitReturn();
    } else {
      if (this.fs.type === FunctionType.INITIALIZER) this.p.error("Can't return a value from an initializer.");
      this.expression();
      this.p.consume(T.SEMICOLON, "Expect ';' after return value.");
      this.emit(Op.RETURN);
    }
  }
}

