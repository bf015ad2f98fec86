import sys
class Fatal(Exception):
    pass
def run(step):
    if step == 2:
        raise SystemExit(1, 'two')
    return step
for step in range(5):
    try:
        print('step', run(step))
    except Fatal:
        print('never')
    finally:
        print('cleanup', step)
