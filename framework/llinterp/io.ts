// The process services a program run by the llinterp sees: by default the
// rts/rlib/os functions (the real stdin/stdout, as `rts interp` and `rts
// run` use), or buffers (BufferIO) when the llinterp runs inside a longer-
// lived process such as `rts worker`.
import * as os from "../rlib/os.ts";

export interface ProgramIO {
  write(fd: number, s: string): void;
  writeByte(fd: number, b: number): void;
  /** One byte of stdin, -1 at the end. */
  readByte(fd: number): number;
  readLine(): string | null;
  readFile(path: string): string | null;
  openFile(path: string, flags: number, mode: number): number;
  readBytes(fd: number, max: number): string | null;
  writeBytes(fd: number, data: string): number;
  closeFile(fd: number): number;
  seekFile(fd: number, offset: number, whence: number): number;
  lastErrno(): number;
  removeFile(path: string): number;
  truncateFile(fd: number, length: number): number;
  isTerminal(fd: number): boolean;
  currentDirectory(): string | null;
  clock(): number;
  now(): number;
  flush(): void;
}

export const processIO: ProgramIO = os;

/** stdin from a string, stdout and stderr collected as bytes. */
export class BufferIO implements ProgramIO {
  private out: Buffer[] = [];
  private errOut: Buffer[] = [];
  private pos = 0;
  private readonly input: Buffer;
  constructor(stdin: string | Buffer = "") {
    this.input = typeof stdin === "string" ? Buffer.from(stdin, "utf8") : stdin;
  }
  write(fd: number, s: string): void {
    (fd === 2 ? this.errOut : this.out).push(Buffer.from(s, "utf8"));
  }
  writeByte(fd: number, b: number): void {
    (fd === 2 ? this.errOut : this.out).push(Buffer.from([b & 255]));
  }
  readByte(_fd: number): number {
    return this.pos < this.input.length ? this.input[this.pos++] : -1;
  }
  readLine(): string | null {
    if (this.pos >= this.input.length) return null;
    let end = this.input.indexOf(10, this.pos);
    if (end < 0) end = this.input.length;
    const line = this.input.subarray(this.pos, end).toString("utf8");
    this.pos = end + 1;
    return line;
  }
  readFile(path: string): string | null {
    return os.readFile(path);
  }
  // (files are the real ones: only the standard streams are buffers)
  openFile(path: string, flags: number, mode: number): number {
    return os.openFile(path, flags, mode);
  }
  readBytes(fd: number, max: number): string | null {
    return os.readBytes(fd, max);
  }
  writeBytes(fd: number, data: string): number {
    return os.writeBytes(fd, data);
  }
  closeFile(fd: number): number {
    return os.closeFile(fd);
  }
  seekFile(fd: number, offset: number, whence: number): number {
    return os.seekFile(fd, offset, whence);
  }
  lastErrno(): number {
    return os.lastErrno();
  }
  removeFile(path: string): number {
    return os.removeFile(path);
  }
  truncateFile(fd: number, length: number): number {
    return os.truncateFile(fd, length);
  }
  isTerminal(_fd: number): boolean {
    return false; // (the standard streams are buffers)
  }
  currentDirectory(): string | null {
    return os.currentDirectory();
  }
  clock(): number {
    return os.clock();
  }
  now(): number {
    return os.now();
  }
  flush(): void {}
  get stdout(): Buffer {
    return Buffer.concat(this.out);
  }
  get stderr(): Buffer {
    return Buffer.concat(this.errOut);
  }
}
