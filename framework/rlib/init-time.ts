// Whether module-level code is running at translation time: the Load stage
// sets it while it imports the program's modules, and rts/rlib/os then
// refuses I/O (its effect would be lost from the translated program).  One
// instance: the program's `rts/rlib/os` and the toolkit resolve to the same
// module file.  (Written in RTS: the type checker of programs reads it.)
class InitTime {
  running = false;
}

export const initTime = new InitTime();
