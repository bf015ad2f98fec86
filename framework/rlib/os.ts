// rts/rlib/os: process I/O.  These functions are primitives of the
// translator (C runtime: plugins/backend-c/runtime/os.c); this file is their
// Node implementation, used by `rts run`.  stdout is buffered here as in the
// binary so that byte-at-a-time output stays fast; console.log goes through
// the same buffer (framework/cli/run.ts) to keep ordering.
import * as fs from "node:fs";
import * as tty from "node:tty";
import { initTime } from "./init-time.ts";

/**
 * Module-level code runs at translation time (the Load stage), where output
 * would be lost from the translated program: the translator sets this flag
 * while it runs, and I/O then throws.
 */
function guardInitTime(what: string): void {
  if (initTime.running) {
    throw new Error(`${what} in module-level code: it runs at translation time, and the translated program would not do it (move it into main())`);
  }
}

let outBuf = Buffer.alloc(1 << 16);
let outLen = 0;

function flushOut(): void {
  let off = 0;
  while (off < outLen) off += fs.writeSync(1, outBuf, off, outLen - off);
  outLen = 0;
}

function putBytes(b: Buffer): void {
  if (outLen + b.length > outBuf.length) {
    flushOut();
    if (b.length > outBuf.length) {
      let off = 0;
      while (off < b.length) off += fs.writeSync(1, b, off, b.length - off);
      return;
    }
  }
  b.copy(outBuf, outLen);
  outLen += b.length;
}

/** Writes s (UTF-8) to fd 1 (buffered) or 2. */
export function write(fd: number, s: string): void {
  guardInitTime("output");
  if (fd === 1) putBytes(Buffer.from(s, "utf8"));
  else {
    flushOut();
    fs.writeSync(fd, s);
  }
}

/** Writes one byte (0..255) to fd. */
export function writeByte(fd: number, b: number): void {
  guardInitTime("output");
  if (fd === 1) {
    if (outLen === outBuf.length) flushOut();
    outBuf[outLen++] = b & 255;
  } else {
    flushOut();
    fs.writeSync(fd, Buffer.from([b & 255]));
  }
}

const inBuf = Buffer.alloc(1 << 16);
let inLen = 0;
let inPos = 0;

function fillIn(): boolean {
  flushOut();
  inPos = 0;
  try {
    inLen = fs.readSync(0, inBuf, 0, inBuf.length, null);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EAGAIN") return fillIn();
    if ((e as NodeJS.ErrnoException).code === "EOF") inLen = 0;
    else throw e;
  }
  return inLen > 0;
}

/** Reads one byte from stdin (fd 0); -1 at end of input. */
export function readByte(_fd: number): number {
  guardInitTime("reading stdin");
  if (inPos >= inLen && !fillIn()) return -1;
  return inBuf[inPos++];
}

/** Reads a line from stdin without its newline; null at end of input. */
export function readLine(): string | null {
  const bytes: number[] = [];
  for (;;) {
    const b = readByte(0);
    if (b < 0) {
      if (bytes.length === 0) return null;
      break;
    }
    if (b === 10) break;
    bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Reads a whole file as UTF-8 text; null when it cannot be read. */
export function readFile(path: string): string | null {
  try {
    return fs.readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

// ---- files, as POSIX has them: descriptors, byte strings (characters 0..255), -errno on failure ----

/** openFile's flags (Linux's values; combine with |). */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
/** seekFile's whence. */
export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

// (Node has no lseek: the position of each descriptor openFile made is kept here, and reads and
// writes are positional — what the kernel keeps for the binary)
const positions = new Map<number, number>();
const appending = new Set<number>();
let errnoOfLast = 0;

function failed(e: unknown): number {
  const n = (e as NodeJS.ErrnoException).errno;
  errnoOfLast = typeof n === "number" ? Math.abs(n) : 5; // (EIO when Node gives none)
  return -errnoOfLast;
}

/** Opens path (UTF-8) with flags (O_*) and, when it creates the file, mode: a descriptor, or -errno. */
export function openFile(path: string, flags: number, mode: number): number {
  guardInitTime("opening a file");
  try {
    const fd = fs.openSync(path, flags, mode);
    positions.set(fd, 0);
    if ((flags & O_APPEND) !== 0) appending.add(fd);
    else appending.delete(fd);
    return fd;
  } catch (e) {
    return failed(e);
  }
}

/** Up to max bytes from fd, as a byte string ("" at the end); null on failure (lastErrno() says why). */
export function readBytes(fd: number, max: number): string | null {
  try {
    const buf = Buffer.alloc(max > 0 ? max : 0);
    const pos = positions.get(fd);
    const n = fs.readSync(fd, buf, 0, buf.length, pos ?? null);
    if (pos !== undefined) positions.set(fd, pos + n);
    return buf.toString("latin1", 0, n);
  } catch (e) {
    failed(e);
    return null;
  }
}

/** Writes a byte string (characters 0..255) to fd: the bytes written, or -errno. */
export function writeBytes(fd: number, data: string): number {
  try {
    const buf = Buffer.from(data, "latin1");
    const pos = positions.get(fd);
    if (pos === undefined || appending.has(fd)) {
      if (fd === 1) flushOut();
      const n = fs.writeSync(fd, buf, 0, buf.length, null);
      if (pos !== undefined) positions.set(fd, fs.fstatSync(fd).size);
      return n;
    }
    const n = fs.writeSync(fd, buf, 0, buf.length, pos);
    positions.set(fd, pos + n);
    return n;
  } catch (e) {
    return failed(e);
  }
}

/** Closes fd: 0, or -errno. */
export function closeFile(fd: number): number {
  if (!positions.has(fd) && fd > 2) {
    // (not open: Node would warn on stderr where close(2) says EBADF)
    errnoOfLast = 9;
    return -errnoOfLast;
  }
  try {
    fs.closeSync(fd);
    positions.delete(fd);
    appending.delete(fd);
    return 0;
  } catch (e) {
    return failed(e);
  }
}

/** Moves fd's position (whence SEEK_*): the new position, or -errno. */
export function seekFile(fd: number, offset: number, whence: number): number {
  try {
    const pos = positions.get(fd);
    if (pos === undefined) {
      errnoOfLast = 29; // ESPIPE: not a file openFile made (stdin, a pipe)
      return -errnoOfLast;
    }
    const base = whence === SEEK_SET ? 0 : whence === SEEK_CUR ? pos : fs.fstatSync(fd).size;
    if (whence < 0 || whence > 2 || base + offset < 0) {
      errnoOfLast = 22; // EINVAL
      return -errnoOfLast;
    }
    positions.set(fd, base + offset);
    return base + offset;
  } catch (e) {
    return failed(e);
  }
}

/** Cuts or extends fd's file to length bytes: 0, or -errno. */
export function truncateFile(fd: number, length: number): number {
  try {
    fs.ftruncateSync(fd, length);
    return 0;
  } catch (e) {
    return failed(e);
  }
}

/** Removes (unlinks) path: 0, or -errno. */
export function removeFile(path: string): number {
  guardInitTime("removing a file");
  try {
    fs.unlinkSync(path);
    return 0;
  } catch (e) {
    return failed(e);
  }
}

/** Whether fd is a terminal (isatty). */
export function isTerminal(fd: number): boolean {
  return tty.isatty(fd);
}

/** The current working directory (getcwd), or null when it cannot be had (removed). */
export function currentDirectory(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

/** The errno of the last file function that failed. */
export function lastErrno(): number {
  return errnoOfLast;
}

/** Seconds on a monotonic clock. */
export function clock(): number {
  return performance.now() / 1000;
}

/** Milliseconds since the epoch (Date.now()). */
export function now(): number {
  return Date.now();
}

/** Flushes buffered stdout. */
export function flush(): void {
  flushOut();
}
