import copy

a = {'list': [1, [2, 3]], 'tuple': (1, [2]), 'set': {1, 2}, 'str': 'x'}
s = copy.copy(a)
d = copy.deepcopy(a)
a['list'][1].append(4)
a['tuple'][1].append(5)
print(s['list'], d['list'], s['tuple'], d['tuple'], s is a, s['list'] is a['list'], d['list'] is a['list'])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __repr__(self):
        return f'Node({self.v}, {self.kids})'


class Custom:
    def __init__(self, data):
        self.data = data
        self.copied = False

    def __copy__(self):
        c = Custom(self.data)
        c.copied = 'shallow'
        return c

    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.data, memo))
        c.copied = 'deep'
        return c


t = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(t)
t2.kids[1].kids[0].v = 40
print(t, t2, copy.copy(t).kids is t.kids)
c = Custom([1, 2])
print(copy.copy(c).copied, copy.deepcopy(c).copied, copy.deepcopy(c).data is c.data, copy.copy(c).data is c.data)
print(copy.copy(5), copy.deepcopy('s'), copy.copy((1, 2)), copy.deepcopy(None), copy.copy([1, 2]) == [1, 2])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy((1, 2)) == (1, 2), hasattr(copy, 'replace'))
