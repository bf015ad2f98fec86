class Plugin:
    plugins = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.plugins.append(cls.__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin, key='b'):
    pass
class Gamma(Beta):
    pass
print(Plugin.plugins, Alpha.key, Beta.key, Gamma.key)
