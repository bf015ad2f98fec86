/* A reference Brainfuck interpreter in C for the benchmarks: the same
 * language as examples/bf/bf.ts (8-bit wrapping cells, 65536 of them, `,`
 * leaves the cell unchanged at end of input), compiled the way a good
 * interpreter does it — runs of + - < > merged into one instruction with a
 * count, [-] as "clear", every bracket holding its partner's index — and
 * run by a switch loop.  Built with -O2 by bench/run.ts.
 * Usage: bfi PROGRAM.b */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ADD, MOVE, OUT, IN, JZ, JNZ, CLEAR };
typedef struct { int op; int arg; } Insn;

#define TAPE 65536

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: bfi PROGRAM.b\n"); return 2; }
  FILE *f = fopen(argv[1], "rb");
  if (!f) { fprintf(stderr, "bfi: cannot read %s\n", argv[1]); return 1; }
  size_t cap = 1 << 16, n = 0;
  char *src = malloc(cap);
  int c;
  while ((c = fgetc(f)) != EOF) {
    if (!strchr("+-<>.,[]", c) || c == 0) continue;
    if (n == cap) src = realloc(src, cap *= 2);
    src[n++] = (char)c;
  }
  fclose(f);
  Insn *code = malloc(sizeof(Insn) * (n + 1));
  int *open = malloc(sizeof(int) * (n + 1));
  int len = 0, depth = 0;
  for (size_t i = 0; i < n;) {
    char ch = src[i];
    if (ch == '+' || ch == '-' || ch == '<' || ch == '>') {
      int move = ch == '<' || ch == '>', count = 0;
      for (; i < n; i++) {
        char d = src[i];
        if (!move && d == '+') count++;
        else if (!move && d == '-') count--;
        else if (move && d == '>') count++;
        else if (move && d == '<') count--;
        else break;
      }
      code[len++] = (Insn){ move ? MOVE : ADD, count };
      continue;
    }
    if (ch == '[' && i + 2 < n && src[i + 1] == '-' && src[i + 2] == ']') {
      code[len++] = (Insn){ CLEAR, 0 };
      i += 3;
      continue;
    }
    if (ch == '[') {
      open[depth++] = len;
      code[len++] = (Insn){ JZ, -1 };
    } else if (ch == ']') {
      if (depth == 0) { fprintf(stderr, "bfi: unmatched ']'\n"); return 1; }
      int start = open[--depth];
      code[start].arg = len + 1;
      code[len++] = (Insn){ JNZ, start + 1 };
    } else {
      code[len++] = (Insn){ ch == '.' ? OUT : IN, 0 };
    }
    i++;
  }
  if (depth != 0) { fprintf(stderr, "bfi: unmatched '['\n"); return 1; }
  unsigned char *tape = calloc(TAPE, 1);
  long ptr = 0;
  for (int pc = 0; pc < len;) {
    Insn in = code[pc++];
    switch (in.op) {
      case ADD: tape[ptr] = (unsigned char)(tape[ptr] + in.arg); break;
      case MOVE:
        ptr += in.arg;
        if (ptr < 0 || ptr >= TAPE) { fprintf(stderr, "bfi: tape pointer out of range: %ld\n", ptr); return 1; }
        break;
      case JZ: if (tape[ptr] == 0) pc = in.arg; break;
      case JNZ: if (tape[ptr] != 0) pc = in.arg; break;
      case CLEAR: tape[ptr] = 0; break;
      case OUT: putchar(tape[ptr]); break;
      default: { int b = getchar(); if (b != EOF) tape[ptr] = (unsigned char)b; }
    }
  }
  fflush(stdout);
  return 0;
}
