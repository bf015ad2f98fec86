DEFAULTS = {'host': 'localhost', 'port': 8080}
def port_range(p):
    return range(p, p + 3)
print('defining Config', list(port_range(DEFAULTS['port'])))
class Config:
    host = DEFAULTS['host']
    port = DEFAULTS['port']
    print('host and port set', host, port)
    timeout = DEFAULTS['timeout']
    retries = 3
print('never reached')
