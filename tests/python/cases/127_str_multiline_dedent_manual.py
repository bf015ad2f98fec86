text = """
    first line
      indented
    last line
"""
lines = text.strip('\n').split('\n')
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
for l in lines:
    print('|' + l[indent:] + '|')
