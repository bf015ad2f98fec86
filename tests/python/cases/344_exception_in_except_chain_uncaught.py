def load(cfg):
    try:
        return cfg['path']
    except KeyError:
        return cfg.fallback
print(load({'path': '/tmp'}))
print(load({}))
