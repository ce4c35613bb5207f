class A:
    def __init__(self):
        print("A init")
        self.trail = ["A"]
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
        self.trail.append("B")
    @classmethod
    def create(cls):
        return "B:" + super().create()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
        self.trail.append("C")
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
        self.trail.append("D")
d = D()
print(d.trail, D.create(), B.create())
print(super(B, d).__init__.__name__ if hasattr(super(B, d).__init__, "__name__") else "?")
class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return "child+" + super(Child, self).greet()
print(Child().greet())
