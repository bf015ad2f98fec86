class ParseError(Exception):
    pass
class ConfigError(Exception):
    pass
def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f'not a number: {text!r}') from e
def parse_port(cfg):
    try:
        return parse_int(cfg['port'])
    except ParseError as e:
        raise ConfigError('bad port') from e
print(parse_port({'port': '80'}))
print(parse_port({'port': 'eighty'}))
