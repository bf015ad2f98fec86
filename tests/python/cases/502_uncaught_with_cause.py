class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return int(settings[key])
    except (KeyError, ValueError) as e:
        raise ConfigError(f'bad setting {key!r}') from e
settings = {'port': '8080', 'timeout': 'soon'}
print(load(settings, 'port'))
print(load(settings, 'timeout'))
