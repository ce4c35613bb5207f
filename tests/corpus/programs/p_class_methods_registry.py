class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)
    def run(self):
        return f"{type(self).__name__} running"
class Alpha(Plugin, name="a"): pass
class Beta(Plugin):
    def __init__(self, x): self.x = x
    def run(self): return super().run() + f" with {self.x}"
print(sorted(Plugin.registry), Plugin.create("a").run(), Plugin.create("beta", 42).run())
