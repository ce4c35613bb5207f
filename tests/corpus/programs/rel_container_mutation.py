# Issue 15: containers whose items' __eq__/__lt__ change them mid-operation behave as CPython's.
class Clears:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    def __lt__(self, other):
        self.target.clear()
        return False
    __hash__ = object.__hash__

def filled(n=5):
    l = []
    l.extend(Clears(l) for _ in range(n))
    return l

print('in', object() in filled())
print('contains', filled().__contains__(object()))
print('count', filled().count(object()))
try: filled().index(object())
except ValueError as e: print('index ValueError')
try: filled().remove(object())
except ValueError as e: print('remove', e)
a = filled(); b = [Clears(None) for _ in range(5)]
print('eq', a == b, len(a))
a = filled(); print('lt', a < b, len(a))
a = filled(); print('ne', a != b, len(a))
a = filled()
try: a.sort(); print('sort', len(a))
except ValueError as e: print('sort', e)

class ReprClears:
    def __init__(self, target): self.target = target
    def __repr__(self):
        self.target.clear()
        return 'R'
l = []; l.extend(ReprClears(l) for _ in range(4))
print('repr', repr(l))

d = {}
class DictKey:
    def __hash__(self): return 1
    def __eq__(self, other):
        d.clear()
        return False
d[DictKey()] = 1
print('dict in', DictKey() in d, len(d))
d[DictKey()] = 2
print('dict get', d.get(DictKey()), len(d))
d[DictKey()] = 3
d[DictKey()] = 4
print('dict set', len(d))

s = set()
class SetKey:
    def __hash__(self): return 1
    def __eq__(self, other):
        s.clear()
        return False
s.add(SetKey()); s.add(SetKey())
print('set', len(s))
