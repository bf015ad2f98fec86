def cleanup(resource):
    return resource.close()
def process(items):
    try:
        return items[5]
    except IndexError:
        print('handling IndexError')
        cleanup(None)
process([1, 2, 3])
