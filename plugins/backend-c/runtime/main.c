/* The process entry of a translated program: sets up the stack limit, the
 * GC and argv, runs the generated rts_entry, and turns an uncaught RTS
 * exception into a message and exit status 1.  The runtime owns the
 * definitions of rts_exc and rts_stack_limit (generated code only declares
 * them, through rts.h). */
#include "rts.h"

/* Reports at exit that a plugin's code adds to the program (the JIT's RTSLOG=jit-summary). */
void rts_report_hooks(void) __attribute__((weak));
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

void *rts_exc;
char *rts_stack_limit;

#define KIB ((size_t)1 << 10)
#define MIB ((size_t)1 << 20)
#define STACK_MARGIN (256 * KIB) /* headroom for runtime and libc calls below the check */
#define SS_GUARD ((size_t)64 << 10) /* gc-semispace: PROT_NONE area after rts_ss_limit */

/* The top of the main thread's stack.  Sizing from the address of a local
 * would overestimate the room by whatever argv and environ occupy above it. */
static char *stack_top(char *here) {
  FILE *f = fopen("/proc/self/maps", "r");
  if (!f) return here;
  char line[512], *top = here;
  while (fgets(line, sizeof line, f)) {
    unsigned long lo, hi;
    if (strstr(line, "[stack]") && sscanf(line, "%lx-%lx", &lo, &hi) == 2) {
      if ((char *)lo <= here && here < (char *)hi) top = (char *)hi;
      break;
    }
  }
  fclose(f);
  return top;
}

static void set_stack_limit(char *here) {
  size_t size = 8 * MIB;
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= 1024 * MIB)
    size = (size_t)rl.rlim_cur;
  size_t room = size > 2 * STACK_MARGIN ? size - STACK_MARGIN : size / 2;
  rts_stack_limit = stack_top(here) - room;
}

/* Last line of defence: a fault is reported, never left as a bare crash. */
static void on_fault(int sig, siginfo_t *si, void *ctx) {
  (void)sig;
  (void)ctx;
  char *a = si->si_addr;
  const char *msg = "fatal error: segmentation fault (stack overflow or runtime bug)\n";
  if (rts_ss_limit && a >= (char *)rts_ss_limit && a < (char *)rts_ss_limit + SS_GUARD)
    msg = "fatal error: shadow stack overflow (recursion too deep)\n";
  rts_flush_all();
  ssize_t ignored = write(2, msg, strlen(msg));
  (void)ignored;
  _exit(101);
}

static void install_fault_handler(void) {
  static char alt[64 * 1024];
  stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0};
  if (sigaltstack(&ss, NULL) != 0) return;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
}

int main(int argc, char **argv) {
  char here;
  set_stack_limit(&here);
  install_fault_handler();
  rts_gc_init();

  rts_list *args = rts_list_new(argc, true);
  RTS_PUSH_ROOT(args);
  for (int i = 0; i < argc; i++) {
    rts_str *s = rts_str_from_cstr(argv[i]); /* may move args */
    args = (rts_list *)rts_ss_top[-1];
    RTS_WB_ITEM(args->items, i);
    args->items->data[i].p = s;
  }
  args = RTS_POP_ROOT(rts_list *);

  int64_t status = rts_entry(args);
  rts_flush_all();
  if (rts_exc != NULL) {
    rts_print_uncaught(rts_exc);
    rts_flush_all();
    status = 1;
  }
  if (rts_report_hooks) rts_report_hooks();
  rts_gc_report();
  return (int)status;
}
