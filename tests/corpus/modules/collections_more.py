from collections import OrderedDict, Counter, ChainMap, namedtuple, deque, defaultdict


class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)


lru = LRU(2)
lru.put(1, 1); lru.put(2, 2)
print(lru.get(1)); lru.put(3, 3)
print(lru.get(2), lru.get(3), list(lru.data.items()))
inv = Counter(apples=3, pears=0, kiwis=5)
sold = Counter(apples=1, kiwis=7)
print(inv - sold, inv + sold, (inv - sold).total(), +inv, list(inv.elements()))
inv.subtract(sold)
print(inv, inv.most_common(1), Counter('aab') < Counter('aabb'), Counter('ab') == Counter('ba'))
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cfg = ChainMap({}, env, defaults)
cfg['color'] = 'blue'
print(cfg['user'], cfg['color'], dict(cfg), cfg.maps[0], len(cfg))
Row = namedtuple('Row', 'city temp')
rows = [Row(*line.split(',')) for line in ['oslo,3', 'rome,18', 'oslo,5', 'rome,21']]
by_city = defaultdict(list)
for r in rows:
    by_city[r.city].append(int(r.temp))
print({c: sum(t) / len(t) for c, t in by_city.items()}, rows[0]._asdict())
history = deque(maxlen=3)
for cmd in ['ls', 'cd', 'pwd', 'git', 'make']:
    history.append(cmd)
print(history, list(reversed(history)), history.maxlen)
od = OrderedDict(b=2, a=1)
od['c'] = 3
print(od, list(reversed(od)), od == OrderedDict(b=2, a=1, c=3), dict(od) == {'a': 1, 'b': 2, 'c': 3})
print(repr(defaultdict(int)), Counter(), OrderedDict(), ChainMap())
