# The reference for tests/python/tokenizer.test.ts: CPython's own tokenize
# module over each file named on the command line, as one JSON line per file
# (the tokens the parser reads: no COMMENT, NL or ENCODING), or the error.
import json, sys, tokenize

for path in sys.argv[1:]:
    out = []
    try:
        with open(path, "rb") as f:
            for t in tokenize.tokenize(f.readline):
                if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                    continue
                out.append([tokenize.tok_name[t.type], t.string, t.start[0], t.start[1]])
        print(json.dumps({"path": path, "tokens": out}))
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError) as e:
        print(json.dumps({"path": path, "error": str(e)}))
