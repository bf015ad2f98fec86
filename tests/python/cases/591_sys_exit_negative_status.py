import sys
def cleanup():
    try:
        print('raising SystemExit(-1)')
        sys.exit(-1)
    except Exception:
        print('not caught by Exception')
    finally:
        print('finally in cleanup')
try:
    sys.exit(True)
except SystemExit as e:
    print('code', e.code, type(e.code).__name__)
try:
    sys.exit(0.5 > 1)
except SystemExit as e:
    print('code', e.code)
print(type(sys.argv[0]).__name__, sys.argv[0].endswith('591_sys_exit_negative_status.py'), __file__.endswith(sys.argv[0]))
cleanup()
print('not reached')
