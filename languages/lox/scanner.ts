// The Lox scanner: source text in, tokens out, one at a time on demand (the
// compiler pulls tokens as it parses, so no token list is ever built).

export enum T {
  // single-character tokens
  LEFT_PAREN, RIGHT_PAREN, LEFT_BRACE, RIGHT_BRACE, COMMA, DOT, MINUS, PLUS, SEMICOLON, SLASH, STAR,
  // one or two characters
  BANG, BANG_EQUAL, EQUAL, EQUAL_EQUAL, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL,
  // literals
  IDENTIFIER, STRING, NUMBER,
  // keywords
  AND, CLASS, ELSE, FALSE, FOR, FUN, IF, NIL, OR, PRINT, RETURN, SUPER, THIS, TRUE, VAR, WHILE,
  ERROR, EOF,
}

/** One token.  For ERROR tokens `text` is the message. */
export class Token {
  constructor(
    public type: T,
    public text: string,
    public line: number,
  ) {}
}

const KEYWORDS = new Map<string, T>([
  ["and", T.AND], ["class", T.CLASS], ["else", T.ELSE], ["false", T.FALSE], ["for", T.FOR], ["fun", T.FUN],
  ["if", T.IF], ["nil", T.NIL], ["or", T.OR], ["print", T.PRINT], ["return", T.RETURN], ["super", T.SUPER],
  ["this", T.THIS], ["true", T.TRUE], ["var", T.VAR], ["while", T.WHILE],
]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

export class Scanner {
  private start = 0;
  private current = 0;
  private line = 1;

  constructor(private readonly source: string) {}

  scanToken(): Token {
    this.skipWhitespace();
    this.start = this.current;
    if (this.isAtEnd()) return this.make(T.EOF);
    const c = this.advance();
    if (isAlpha(c)) return this.identifier();
    if (isDigit(c)) return this.number();
    switch (c) {
      case 40: return this.make(T.LEFT_PAREN); // (
      case 41: return this.make(T.RIGHT_PAREN); // )
      case 123: return this.make(T.LEFT_BRACE); // {
      case 125: return this.make(T.RIGHT_BRACE); // }
      case 59: return this.make(T.SEMICOLON); // ;
      case 44: return this.make(T.COMMA); // ,
      case 46: return this.make(T.DOT); // .
      case 45: return this.make(T.MINUS); // -
      case 43: return this.make(T.PLUS); // +
      case 47: return this.make(T.SLASH); // /
      case 42: return this.make(T.STAR); // *
      case 33: return this.make(this.match(61) ? T.BANG_EQUAL : T.BANG); // ! !=
      case 61: return this.make(this.match(61) ? T.EQUAL_EQUAL : T.EQUAL); // = ==
      case 60: return this.make(this.match(61) ? T.LESS_EQUAL : T.LESS); // < <=
      case 62: return this.make(this.match(61) ? T.GREATER_EQUAL : T.GREATER); // > >=
      case 34: return this.string(); // "
    }
    return this.error("Unexpected character.");
  }

  private isAtEnd(): boolean {
    return this.current >= this.source.length;
  }

  private advance(): number {
    return this.source.charCodeAt(this.current++);
  }

  private peek(): number {
    return this.isAtEnd() ? 0 : this.source.charCodeAt(this.current);
  }

  private peekNext(): number {
    return this.current + 1 >= this.source.length ? 0 : this.source.charCodeAt(this.current + 1);
  }

  private match(expected: number): boolean {
    if (this.isAtEnd() || this.source.charCodeAt(this.current) !== expected) return false;
    this.current++;
    return true;
  }

  private make(type: T): Token {
    return new Token(type, this.source.slice(this.start, this.current), this.line);
  }

  private error(message: string): Token {
    return new Token(T.ERROR, message, this.line);
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.peek();
      if (c === 32 || c === 13 || c === 9) this.current++;
      else if (c === 10) {
        this.line++;
        this.current++;
      } else if (c === 47 && this.peekNext() === 47) {
        // a comment runs to the end of the line
        while (this.peek() !== 10 && !this.isAtEnd()) this.current++;
      } else return;
    }
  }

  private string(): Token {
    while (this.peek() !== 34 && !this.isAtEnd()) {
      if (this.peek() === 10) this.line++;
      this.current++;
    }
    if (this.isAtEnd()) return this.error("Unterminated string.");
    this.current++; // the closing quote
    return this.make(T.STRING);
  }

  private number(): Token {
    while (isDigit(this.peek())) this.current++;
    // a fractional part needs a digit after the dot
    if (this.peek() === 46 && isDigit(this.peekNext())) {
      this.current++;
      while (isDigit(this.peek())) this.current++;
    }
    return this.make(T.NUMBER);
  }

  private identifier(): Token {
    while (isAlpha(this.peek()) || isDigit(this.peek())) this.current++;
    return this.make(KEYWORDS.get(this.source.slice(this.start, this.current)) ?? T.IDENTIFIER);
  }
}
