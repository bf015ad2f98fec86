import sys
def cleanup_order():
    try:
        try:
            print('about to exit')
            sys.exit(3)
        finally:
            print('inner finally runs')
    except ValueError:
        print('not reached')
    finally:
        print('outer finally runs')
try:
    sys.exit('message')
except SystemExit as e:
    print('caught SystemExit', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught no-arg', e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('tuple code', e.code)
try:
    sys.exit(0)
except Exception:
    print('not an Exception')
except BaseException as e:
    print('BaseException', type(e).__name__)
cleanup_order()
print('never printed')
