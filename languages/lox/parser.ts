// The parser's token stream and error reporting: one token of lookahead,
// clox's error format and its panic-mode recovery.
import { write } from "rts/rlib/os";
import { Scanner, T, Token } from "./scanner.ts";

export class Parser {
  private readonly scanner: Scanner;
  current = new Token(T.EOF, "", 1);
  previous = new Token(T.EOF, "", 1);
  hadError = false;
  /** After an error, further errors are swallowed until synchronize(). */
  panicMode = false;

  constructor(source: string) {
    this.scanner = new Scanner(source);
  }

  errorAt(token: Token, message: string): void {
    if (this.panicMode) return;
    this.panicMode = true;
    let where = "";
    if (token.type === T.EOF) where = " at end";
    else if (token.type !== T.ERROR) where = " at '" + token.text + "'";
    write(2, "[line " + String(token.line) + "] Error" + where + ": " + message + "\n");
    this.hadError = true;
  }

  error(message: string): void {
    this.errorAt(this.previous, message);
  }

  errorAtCurrent(message: string): void {
    this.errorAt(this.current, message);
  }

  /** Skips tokens to a statement boundary after an error. */
  synchronize(): void {
    this.panicMode = false;
    while (this.current.type !== T.EOF) {
      if (this.previous.type === T.SEMICOLON) return;
      switch (this.current.type) {
        case T.CLASS:
        case T.FUN:
        case T.VAR:
        case T.FOR:
        case T.IF:
        case T.WHILE:
        case T.PRINT:
        case T.RETURN:
          return;
      }
      this.advance();
    }
  }

  advance(): void {
    this.previous = this.current;
    for (;;) {
      this.current = this.scanner.scanToken();
      if (this.current.type !== T.ERROR) break;
      this.errorAtCurrent(this.current.text);
    }
  }

  consume(type: T, message: string): void {
    if (this.current.type === type) this.advance();
    else this.errorAtCurrent(message);
  }

  check(type: T): boolean {
    return this.current.type === type;
  }

  match(type: T): boolean {
    if (!this.check(type)) return false;
    this.advance();
    return true;
  }
}
