def add_repr(cls):
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({attrs})"
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@add_repr
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Point(1, "two"), Config(1) is Config(2), Config(3).v)
