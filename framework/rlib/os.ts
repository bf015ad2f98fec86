// rts/rlib/os: process I/O.  These functions are primitives of the
// translator (C runtime: plugins/backend-c/runtime/os.c); this file is their
// Node implementation, used by `rts run`.  stdout is buffered here as in the
// binary so that byte-at-a-time output stays fast; console.log goes through
// the same buffer (framework/cli/run.ts) to keep ordering.
import * as fs from "node:fs";
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
