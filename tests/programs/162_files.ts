// Files through rts/rlib/os: open with flags, write and read byte strings
// (characters 0..255), seek, append, errors as -errno, reading a
// directory, and a missing file.
import { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END, SEEK_SET, closeFile, currentDirectory, isTerminal, lastErrno, now, openFile, readBytes, removeFile, seekFile, truncateFile, writeBytes } from "rts/rlib/os";

function check(what: string, r: number): number {
  console.log(`${what}: ${r < 0 ? `error ${-r}` : "ok"}`);
  return r;
}

function readAll(fd: number): string {
  let out = "";
  for (;;) {
    const chunk = readBytes(fd, 7);
    if (chunk === null) return `<read failed: ${lastErrno()}>`;
    if (chunk === "") return out;
    out += chunk;
  }
}

function codes(s: string): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i++) parts.push(String(s.charCodeAt(i)));
  return parts.join(",");
}

export function main(_argv: string[]): number {
  // (a name of its own: the corpus runs this program in several modes at once)
  const path = `/tmp/rts-corpus-files-${now()}-${Math.floor(Math.random() * 1e9)}.bin`;
  const fd = check("create", openFile(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644));
  console.log("wrote", writeBytes(fd, "hello\nworld\n"), writeBytes(fd, "\x00\x01\xfe\xff"));
  check("close", closeFile(fd));
  check("exclusive create of an existing file", openFile(path, O_WRONLY | O_CREAT | O_EXCL, 0o644));
  const rd = check("open for reading", openFile(path, O_RDONLY, 0));
  const text = readAll(rd);
  console.log(text.length, JSON.stringify(text.slice(0, 12)), codes(text.slice(12)));
  console.log("at the end, seek to 6:", seekFile(rd, 6, SEEK_SET), JSON.stringify(readBytes(rd, 5)));
  console.log("back 5 from here:", seekFile(rd, -5, SEEK_CUR), "2 before the end:", seekFile(rd, -2, SEEK_END), codes(readBytes(rd, 10)!));
  console.log("before the start:", seekFile(rd, -100, SEEK_SET) < 0);
  console.log("write to a read-only descriptor:", writeBytes(rd, "x") < 0);
  closeFile(rd);
  const ap = check("open to append", openFile(path, O_WRONLY | O_APPEND, 0));
  writeBytes(ap, "more");
  closeFile(ap);
  const rw = openFile(path, O_RDWR, 0);
  seekFile(rw, 0, SEEK_SET);
  writeBytes(rw, "J");
  seekFile(rw, 0, SEEK_SET);
  const again = readAll(rw);
  console.log(again.length, JSON.stringify(again.slice(0, 6)), JSON.stringify(again.slice(again.length - 4)));
  closeFile(rw);
  const cut = openFile(path, O_RDWR, 0);
  console.log("cut to 3:", truncateFile(cut, 3), JSON.stringify(readAll(cut)), "a closed descriptor:", truncateFile(999, 0), lastErrno());
  closeFile(cut);
  check("truncate", closeFile(openFile(path, O_WRONLY | O_TRUNC, 0)));
  const empty = openFile(path, O_RDONLY, 0);
  console.log("after truncating:", JSON.stringify(readAll(empty)));
  closeFile(empty);
  console.log("missing file:", openFile("/nonexistent-dir/x.txt", O_RDONLY, 0), lastErrno());
  const dir = openFile("/tmp", O_RDONLY, 0);
  console.log("reading a directory:", readBytes(dir, 10), lastErrno());
  closeFile(dir);
  console.log("closing a closed descriptor:", closeFile(dir), lastErrno());
  console.log("writing a directory:", openFile("/tmp", O_WRONLY, 0), lastErrno());
  const cwd = currentDirectory();
  console.log("cwd is absolute:", cwd !== null && cwd.startsWith("/"), "fd 99 a terminal:", isTerminal(99));
  console.log("remove:", removeFile(path), "again:", removeFile(path), lastErrno(), "then open:", openFile(path, O_RDONLY, 0));
  return 0;
}
