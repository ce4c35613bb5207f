from abc import ABC, abstractmethod, ABCMeta
import math


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f'{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}'


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Half(Shape):
    def area(self):
        return 0


for s in [Circle(1), Rect(2, 3)]:
    print(s.describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Rect.__abstractmethods__)
print(isinstance(Circle(2), Shape), issubclass(Rect, ABC), type(Shape) is ABCMeta)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...


class Named(Base):
    @property
    def name(self):
        return 'named'


print(Named().name)
try:
    Base()
except TypeError as e:
    print('TypeError', e)
