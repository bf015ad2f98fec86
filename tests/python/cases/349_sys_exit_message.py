import sys
print('working')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit', e.code)
def cleanup():
    try:
        sys.exit('fatal: something went wrong')
    finally:
        print('finally still runs')
cleanup()
