log = []
def f(n):
    try:
        log.append('try')
        if n:
            return 'early'
        log.append('after if')
    except Exception:
        log.append('except')
    else:
        log.append('else')
        return 'from else'
    finally:
        log.append('finally')
    return 'end'
print(f(1), log)
log.clear()
print(f(0), log)
