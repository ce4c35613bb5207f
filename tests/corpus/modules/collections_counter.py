from collections import Counter, defaultdict, OrderedDict

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total())
print(sorted(c.elements()))
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(+c, -c)
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(Counter({'x': 1}) == Counter({'x': 1, 'y': 0}))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common())
print(Counter.fromkeys if False else 'skip', list(Counter('aab').keys()))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd), dd.default_factory)
ints = defaultdict(int)
for ch in 'mississippi':
    ints[ch] += 1
print(sorted(ints.items()), ints['q'], len(ints))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], 'a' in nested, 'c' in nested)
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([('a', 1), ('b', 2)]) == OrderedDict([('b', 2), ('a', 1)]))
print(OrderedDict([('a', 1), ('b', 2)]) == {'b': 2, 'a': 1})
