# functools: singledispatch over ABCs and unions, singledispatchmethod, partialmethod, cached_property
import functools, collections.abc, warnings
from functools import singledispatch, singledispatchmethod, partialmethod, partial, cached_property

@singledispatch
def kind(arg):
    return 'base'
@kind.register
def _(arg: collections.abc.Mapping):
    return 'mapping'
@kind.register
def _(arg: "collections.abc.Sequence"):
    return 'sequence'
@kind.register
def _(arg: int | float):
    return 'number'
print(kind(None), kind({}), kind([1]), kind('s'), kind(3), kind(2.5))
for bad in [lambda: kind.register(42)(lambda a: a), lambda: kind.register(lambda a: a)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', str(e).split(':')[0])

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        return 'unknown'
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    @classmethod
    def _(cls, arg: str):
        return cls.__name__ + arg[::-1]
n = Neg()
print(n.neg(3), n.neg('ab'), n.neg(None), Neg.neg.__name__)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c._alive, repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function'))

class A:
    meth = partial(print, 'partial')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    A().meth
    print([x.category.__name__ for x in w])

class Item:
    __slots__ = ('price',)
    def __init__(self):
        self.price = 3
    @cached_property
    def cost(self):
        "The cost."
        return self.price * 2
print(Item.cost.__doc__)
try:
    Item().cost
except TypeError as e:
    print('TypeError:', e)

def wrapper(*args): pass
functools.update_wrapper(wrapper, type)
print(wrapper.__name__, wrapper.__type_params__)
try:
    functools.update_wrapper(wrapper, len, updated=('__nope__',))
except AttributeError:
    print('AttributeError')
