class Timer:
    log = []
    def __init__(self, name): self.name = name
    def __enter__(self):
        Timer.log.append("start " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Timer.log.append(f"stop {self.name} {exc_type.__name__ if exc_type else 'ok'}")
        return False
def work():
    with Timer("outer"):
        with Timer("inner") as t:
            Timer.log.append("working in " + t.name)
        for i in range(3):
            with Timer(f"loop{i}"):
                if i == 1:
                    continue
                if i == 2:
                    break
        with Timer("ret"):
            return "returned"
print(work())
print("\n".join(Timer.log))
try:
    with Timer("err"):
        raise KeyError("x")
except KeyError:
    print("caught after", Timer.log[-1])
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, t, v, tb): return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError):
    print(1 / 0)
print("suppressed ok")
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
