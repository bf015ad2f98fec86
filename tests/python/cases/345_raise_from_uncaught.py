class ConfigError(Exception):
    pass
def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f'bad port: {s!r}') from e
print(parse_port('80'))
print(parse_port('eighty'))
