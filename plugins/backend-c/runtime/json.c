/* JSON.stringify(value) of any value RTS can type, walked through the same
 * descriptors console.log uses (inspect.c): numbers as JavaScript prints
 * them (NaN and the infinities as null), strings with JSON's escapes (a lone
 * surrogate as \uXXXX), arrays and tuples as arrays, records, class
 * instances and objects used as maps as objects in JavaScript's property
 * order, Maps and Sets as {} (they have no enumerable properties);
 * undefined and functions are left out of objects, null in arrays, and
 * undefined at the top (JSON.stringify returns undefined then). */
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
typedef struct jctx {
  void *path[MAX_DEPTH];
  int depth;
} jctx;

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

/* An item of an array: skipped values are null there. */
static void jitem(jctx *cx, jtext *t, rts_word v, const rts_idesc *d, bool first) {
  if (!first) jput(t, ',');
  if (!jvalue(cx, t, v, d)) jputs(t, "null");
}

/* A property of an object: left out when its value is skipped. */
static void jproperty(jctx *cx, jtext *t, const rts_char *name, int64_t len, rts_word v, const rts_idesc *d, bool *first) {
  int64_t mark = t->len;
  if (!*first) jput(t, ',');
  jquote(t, name, len);
  jput(t, ':');
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
  if (rts_exc != NULL || !jenter(cx, p)) return true; /* (a TypeError is on its way: what is written does not matter) */
  switch (d->kind) {
    case RTS_I_LIST: {
      rts_list *l = p;
      jput(t, '[');
      for (int64_t i = 0; i < l->len; i++) jitem(cx, t, l->items->data[i], d->item, i == 0);
      jput(t, ']');
      break;
    }
    case RTS_I_U8: case RTS_I_I32: case RTS_I_F64: { /* a typed array is an object of its indices */
      int64_t n = ((rts_u8arr *)p)->len;
      jput(t, '{');
      for (int64_t i = 0; i < n; i++) {
        char key[32];
        snprintf(key, sizeof key, "%s\"%lld\":", i ? "," : "", (long long)i);
        jputs(t, key);
        if (d->kind == RTS_I_U8) jnumber(t, ((rts_u8arr *)p)->data[i]);
        else if (d->kind == RTS_I_I32) jnumber(t, ((rts_i32arr *)p)->data[i]);
        else jnumber(t, ((rts_f64arr *)p)->data[i]);
      }
      jput(t, '}');
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
      for (int64_t j = 0; j < count; j++) {
        rts_mentry *en = &((rts_map *)p)->entries->data[order[j]];
        const rts_str *k = en->key.p;
        jproperty(cx, t, rts_str_chars(k), k->len, en->value, d->value, &first);
      }
      free(order);
      jput(t, '}');
      break;
    }
    case RTS_I_TUPLE: {
      const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)p)->tid];
      jput(t, '[');
      for (uint32_t i = 0; cls && i < cls->nfields; i++) {
        const rts_ifield *f = &cls->fields[i];
        if (f->absent && rts_inspect_is_undefined(rts_inspect_field(p, f), f->desc)) break; /* optional elements left out */
        jitem(cx, t, rts_inspect_field(p, f), f->desc, i == 0);
      }
      jput(t, ']');
      break;
    }
    default: { /* a record or a class instance: its fields in JavaScript's order */
      const rts_iclass *cls = rts_inspect_classes[((rts_hdr *)p)->tid];
      bool first = true;
      jput(t, '{');
      for (uint32_t i = 0; cls && i < cls->nfields; i++) {
        const rts_ifield *f = &cls->fields[i];
        rts_char name[128];
        int64_t len = 0;
        for (const char *c = f->name; *c && len < 128; c++) name[len++] = (unsigned char)*c;
        jproperty(cx, t, name, len, rts_inspect_field(p, f), f->desc, &first);
      }
      jput(t, '}');
    }
  }
  cx->depth--;
  return true;
}

rts_str *rts_json_stringify(rts_word v, const rts_idesc *d) {
  jtext t = {0};
  jctx cx = {0};
  bool written = jvalue(&cx, &t, v, d);
  if (rts_exc != NULL) { free(t.c); return NULL; }
  if (!written) { free(t.c); return (rts_str *)RTS_UNDEF_PTR; }
  rts_str *r = rts_str_alloc(t.len); /* the value was read: a collection now moves nothing we hold */
  memcpy(r->chars, t.c, (size_t)t.len * sizeof(rts_char));
  free(t.c);
  return r;
}
