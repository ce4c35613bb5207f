# typing's class machinery: Protocol and runtime_checkable, NamedTuple (class and functional), TypedDict
# (total, Required/NotRequired/ReadOnly, the functional form), NewType, get_type_hints with forward references,
# overloads.
from typing import (Annotated, ClassVar, Generic, List, NamedTuple, NewType, NotRequired, Optional, Protocol,
                    ReadOnly, Required, TypedDict, TypeVar, get_overloads, get_protocol_members, get_type_hints,
                    is_protocol, is_typeddict, overload, runtime_checkable)

T = TypeVar('T')


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class HasX(Protocol):
    x: int


class File:
    def close(self):
        pass


print(isinstance(File(), Closer), isinstance(3, Closer), issubclass(File, Closer), is_protocol(Closer))
print(sorted(get_protocol_members(Closer)), sorted(get_protocol_members(HasX)), is_protocol(File))
try:
    isinstance(File(), HasX)
except TypeError as e:
    print('TypeError:', e)
try:
    Closer()
except TypeError as e:
    print('TypeError:', e)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


Pt3 = NamedTuple('Pt3', [('x', int), ('y', int), ('z', int)])
print(Point(3), Point(1, -2).norm(), Point._fields, Point.__annotations__, Pt3(1, 2, 3), Point._field_defaults)


class GPair(NamedTuple, Generic[T]):
    first: T
    second: T


print(GPair(1, 2), GPair[int], GPair.__parameters__, GPair.__mro__)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Rated(Movie, total=False):
    stars: int
    id: ReadOnly[Required[int]]


Label = TypedDict('Label', [('name', str), ('color', Optional[str])])
m = Movie(title='Up')
print(m, type(m), sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), sorted(Rated.__readonly_keys__))
print(Label.__annotations__, is_typeddict(Label), is_typeddict(dict), Label(name='x', color=None))
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId | None)


class Node:
    value: 'int'
    next: 'Optional[Node]'
    tag: Annotated[str, 'label']
    count: ClassVar[int] = 0


def f(a: 'List[Node]', b: int = 3) -> 'Node':
    pass


print(get_type_hints(Node), get_type_hints(f))
print(get_type_hints(Node, include_extras=True)['tag'])


@overload
def twice(x: int) -> int: ...
@overload
def twice(x: str) -> str: ...
def twice(x):
    return x * 2


print(twice(2), twice('a'), len(get_overloads(twice)))
