def countdown(n, path):
    path.append(n)
    if n == 0:
        return {}['bottom reached after ' + str(len(path))]
    return countdown(n - 1, path)
def start():
    trail = []
    print('starting')
    return countdown(8, trail)
start()
