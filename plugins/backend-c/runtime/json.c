/* JSON.stringify(value) of any value RTS can type, walked through the same
 * descriptors console.log uses (inspect.c): numbers as JavaScript prints
 * them (NaN and the infinities as null), strings with JSON's escapes (a lone
 * surrogate as \uXXXX), arrays and tuples as arrays, records, class
 * instances and objects used as maps as objects in JavaScript's property
 * order, Maps and Sets as {} (they have no enumerable properties);
 * undefined and functions are left out of objects, null in arrays, and
 * undefined at the top (JSON.stringify returns undefined then).  With a
 * gap (JSON.stringify(x, null, 2)), each item and property goes on its own
 * line, indented by the gap once per level, and a colon is followed by a
 * space, as the spec's SerializeJSONObject/SerializeJSONArray lay them out. */
#include "rts.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef rts_utext jtext;

static void jput(jtext *t, rts_char ch) {
  rts_utext_put(t, ch, "JSON.stringify");
}

static void jputs(jtext *t, const char *s) {
  rts_utext_ascii(t, s, "JSON.stringify");
}

static void jquote(jtext *t, const rts_char *c, int64_t n) {
  jput(t, '"');
  for (int64_t i = 0; i < n; i++) {
    rts_char ch = c[i];
    char esc[8] = {0};
    if (ch == '"' || ch == '\\') { jput(t, '\\'); jput(t, ch); continue; }
    if (ch == '\n') strcpy(esc, "\\n");
    else if (ch == '\r') strcpy(esc, "\\r");
    else if (ch == '\t') strcpy(esc, "\\t");
    else if (ch == '\b') strcpy(esc, "\\b");
    else if (ch == '\f') strcpy(esc, "\\f");
    else if (ch < 0x20) snprintf(esc, sizeof esc, "\\u%04x", ch);
    else if (ch >= 0xD800 && ch <= 0xDFFF) {
      bool pair = ch <= 0xDBFF ? i + 1 < n && c[i + 1] >= 0xDC00 && c[i + 1] <= 0xDFFF : i > 0 && c[i - 1] >= 0xD800 && c[i - 1] <= 0xDBFF;
      if (!pair) snprintf(esc, sizeof esc, "\\u%04x", ch);
    }
    if (esc[0]) jputs(t, esc);
    else jput(t, ch);
  }
  jput(t, '"');
}

static void jnumber(jtext *t, double x) {
  if (isnan(x) || isinf(x)) { jputs(t, "null"); return; }
  char buf[40];
  buf[rts_float_format(x, buf)] = 0; /* -0 prints as 0, as JSON.stringify does */
  jputs(t, buf);
}

enum { MAX_DEPTH = 512 };
enum { MAX_GAP = 10 };
typedef struct jctx {
  void *path[MAX_DEPTH];
  int depth;
  rts_char gap[MAX_GAP];
  int gaplen;
  int level; /* how many gaps indent the current line */
} jctx;

/* With a gap: a new line, indented to the current level. */
static void jnewline(jctx *cx, jtext *t) {
  if (cx->gaplen == 0) return;
  jput(t, '\n');
  for (int l = 0; l < cx->level; l++)
    for (int i = 0; i < cx->gaplen; i++) jput(t, cx->gap[i]);
}

/* Writes v; false (nothing written) where JSON.stringify skips it: undefined and functions. */
static bool jvalue(jctx *cx, jtext *t, rts_word v, const rts_idesc *d);

/* On the path to an object: false (a TypeError raised) when it is already there. */
static bool jenter(jctx *cx, void *p) {
  for (int i = 0; i < cx->depth; i++)
    if (cx->path[i] == p) {
      rts_raise_builtin(RTS_ERR_TYPE, "Converting circular structure to JSON");
      return false;
    }
  if (cx->depth == MAX_DEPTH) rts_fatal("JSON.stringify: a structure nested too deeply", "JSON.stringify");
  cx->path[cx->depth++] = p;
  return true;
}

/* An item of an array (the level raised by the array): skipped values are null there. */
static void jitem(jctx *cx, jtext *t, rts_word v, const rts_idesc *d, bool first) {
  if (!first) jput(t, ',');
  jnewline(cx, t);
  if (!jvalue(cx, t, v, d)) jputs(t, "null");
}

/* The end of an array or object with items (`any`): back to the outer level, on a line of its own with a gap. */
static void jclose(jctx *cx, jtext *t, bool any, rts_char bracket) {
  cx->level--;
  if (any) jnewline(cx, t);
  jput(t, bracket);
}

/* The key of a property and its colon. */
static void jkey(jctx *cx, jtext *t, const rts_char *name, int64_t len, bool first) {
  if (!first) jput(t, ',');
  jnewline(cx, t);
  jquote(t, name, len);
  jput(t, ':');
  if (cx->gaplen) jput(t, ' ');
}

/* A property of an object: left out when its value is skipped. */
static void jproperty(jctx *cx, jtext *t, const rts_char *name, int64_t len, rts_word v, const rts_idesc *d, bool *first) {
  int64_t mark = t->len;
  jkey(cx, t, name, len, *first);
  if (!jvalue(cx, t, v, d)) { t->len = mark; return; }
  *first = false;
}

static bool jvalue(jctx *cx, jtext *t, rts_word v, const rts_idesc *d) {
  const rts_iclass *box = rts_inspect_boxed(v, d);
  if (box) return jvalue(cx, t, rts_inspect_field(v.p, &box->fields[0]), box->fields[0].desc);
  if (rts_inspect_is_undefined(v, d) || d->kind == RTS_I_FUNC || d->kind == RTS_I_NONE) {
    if (d->kind == RTS_I_NONE && v.p == NULL) { jputs(t, "null"); return true; }
    return false;
  }
  switch (d->kind) {
    case RTS_I_INT: case RTS_I_OPTINT: {
      if (d->kind == RTS_I_OPTINT && v.i == RTS_INT_NULL) { jputs(t, "null"); return true; }
      char buf[40];
      buf[rts_int_format(v.i, buf)] = 0;
      jputs(t, buf);
      return true;
    }
    case RTS_I_FLOAT: case RTS_I_OPTFLOAT:
      if (d->kind == RTS_I_OPTFLOAT && rts_float_bits(v.f) == RTS_FLOAT_NULL_BITS) { jputs(t, "null"); return true; }
      jnumber(t, v.f);
      return true;
    case RTS_I_BOOL: case RTS_I_OPTBOOL:
      if (d->kind == RTS_I_OPTBOOL && v.i == RTS_BOOL_NULL) { jputs(t, "null"); return true; }
      jputs(t, v.i ? "true" : "false");
      return true;
    default: break;
  }
  void *p = v.p;
  if (p == NULL) { jputs(t, "null"); return true; }
  if (d->kind == RTS_I_STR) { jquote(t, rts_str_chars((rts_str *)p), ((rts_str *)p)->len); return true; }
  if (d->kind == RTS_I_INST && rts_inspect_classes[((rts_hdr *)p)->tid] && rts_inspect_classes[((rts_hdr *)p)->tid]->symbol) return false; /* skipped, as functions are */
  if (rts_exc != NULL || !jenter(cx, p)) return true; /* (a TypeError is on its way: what is written does not matter) */
  switch (d->kind) {
    case RTS_I_LIST: {
      rts_list *l = p;
      jput(t, '[');
      cx->level++;
      for (int64_t i = 0; i < l->len; i++) jitem(cx, t, l->items->data[i], d->item, i == 0);
      jclose(cx, t, l->len > 0, ']');
      break;
    }
    case RTS_I_U8: case RTS_I_I32: case RTS_I_F64: { /* a typed array is an object of its indices */
      int64_t n = ((rts_u8arr *)p)->len;
      jput(t, '{');
      cx->level++;
      for (int64_t i = 0; i < n; i++) {
        char key[32];
        rts_char name[32];
        int len = snprintf(key, sizeof key, "%lld", (long long)i);
        for (int k = 0; k < len; k++) name[k] = (unsigned char)key[k];
        jkey(cx, t, name, len, i == 0);
        if (d->kind == RTS_I_U8) jnumber(t, ((rts_u8arr *)p)->data[i]);
        else if (d->kind == RTS_I_I32) jnumber(t, ((rts_i32arr *)p)->data[i]);
        else jnumber(t, ((rts_f64arr *)p)->data[i]);
      }
      jclose(cx, t, n > 0, '}');
      break;
    }
    case RTS_I_MAP: case RTS_I_SET:
      jputs(t, "{}");
      break;
    case RTS_I_DICT: {
      int64_t count;
      int64_t *order = rts_inspect_dict_order(p, &count);
      bool first = true;
      jput(t, '{');
      cx->level++;
      for (int64_t j = 0; j < count; j++) {
        rts_mentry *en = &((rts_map *)p)->entries->data[order[j]];
        const rts_str *k = en->key.p;
        jproperty(cx, t, rts_str_chars(k), k->len, en->value, d->value, &first);
      }
      free(order);
      jclose(cx, t, !first, '}');
      break;
    }
    case RTS_I_TUPLE: {
      const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)p)->tid];
      jput(t, '[');
      cx->level++;
      uint32_t i = 0;
      for (; cls && i < cls->nfields; i++) {
        const rts_ifield *f = &cls->fields[i];
        if (f->absent && rts_inspect_is_undefined(rts_inspect_field(p, f), f->desc)) break; /* optional elements left out */
        jitem(cx, t, rts_inspect_field(p, f), f->desc, i == 0);
      }
      jclose(cx, t, i > 0, ']');
      break;
    }
    default: { /* a record or a class instance: its fields in JavaScript's order */
      const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)p)->tid];
      bool first = true;
      jput(t, '{');
      cx->level++;
      for (uint32_t i = 0; cls && i < cls->nfields; i++) {
        const rts_ifield *f = &cls->fields[i];
        rts_char name[128];
        int64_t len = 0;
        for (const char *c = f->name; *c && len < 128; c++) name[len++] = (unsigned char)*c;
        jproperty(cx, t, name, len, rts_inspect_field(p, f), f->desc, &first);
      }
      jclose(cx, t, !first, '}');
    }
  }
  cx->depth--;
  return true;
}

rts_str *rts_json_stringify(rts_word v, const rts_idesc *d, rts_str *gap) {
  jtext t = {0};
  jctx cx = {0};
  /* (the gap is at most ten characters: rts/rlib/json jsonGap) */
  for (int64_t i = 0; gap != NULL && i < gap->len && i < MAX_GAP; i++) cx.gap[cx.gaplen++] = rts_str_chars(gap)[i];
  bool written = jvalue(&cx, &t, v, d);
  if (rts_exc != NULL) { free(t.c); return NULL; }
  if (!written) { free(t.c); return (rts_str *)RTS_UNDEF_PTR; }
  rts_str *r = rts_str_alloc(t.len); /* the value was read: a collection now moves nothing we hold */
  memcpy(r->chars, t.c, (size_t)t.len * sizeof(rts_char));
  free(t.c);
  return r;
}
