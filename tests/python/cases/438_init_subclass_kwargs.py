class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin, name='alpha-plugin', priority=5):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, priority=9):
    pass
for k, v in Plugin.registry.items():
    print(k, v.__name__, v.priority)
print(Gamma.plugin_name, Beta.priority)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
class Tracker:
    subclasses = []
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)
class A(Tracker): pass
class B(A): pass
print(Tracker.subclasses)
try:
    class C(Tracker, flag=True):
        pass
except TypeError as e:
    print('TypeError', e)
