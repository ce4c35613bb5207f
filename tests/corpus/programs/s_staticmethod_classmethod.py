class Temp:
    unit = "C"
    def __init__(self, v): self.v = v
    @classmethod
    def from_f(cls, f): return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(v): return v > -273.15
    @classmethod
    def describe(cls): return f"{cls.__name__} in {cls.unit}"
class KTemp(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.v, type(t).__name__, Temp.valid(-300), t.valid(0), KTemp.describe(), KTemp.from_f(32).__class__.__name__)
f = Temp.from_f
print(f(50).v, Temp.__dict__["valid"].__func__(5), isinstance(Temp.__dict__["from_f"], classmethod))
