def read_config():
    raise FileNotFoundError('config.ini missing')
def use_defaults():
    defaults = {}
    return defaults['path']
def report(err):
    return 'error: ' + err
def main():
    try:
        read_config()
    except FileNotFoundError:
        try:
            use_defaults()
        except KeyError as e:
            report(e)
main()
