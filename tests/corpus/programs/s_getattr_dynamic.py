class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
class T:
    x = 1
t = T(); p = Proxy(t)
p.y = 5
print(p.x, p.y, t.y, p._log)
class Strict:
    __slots__ = ()
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)
    def visible(self): return "visible"
s = Strict()
print(s.visible(), hasattr(s, "secret_key"), getattr(s, "secret", "default"))
