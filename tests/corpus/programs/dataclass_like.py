class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unknown field {name}")
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self.fields))
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age")
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), len({p, Point(1, 2)}))
print(Person("Ann", age=30), Person(name="Bob", age=4))
try:
    Person(nick="x")
except TypeError as e:
    print("TypeError:", e)
people = [Person("c", 3), Person("a", 1), Person("b", 2)]
print(sorted(people, key=lambda q: q.age))
