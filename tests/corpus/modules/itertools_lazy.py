from itertools import islice, takewhile, dropwhile, tee, chain, count, groupby, zip_longest, accumulate, cycle


def noisy(n):
    for i in range(n):
        print(f'  yield {i}')
        yield i


it = noisy(10)
print('islice:', list(islice(it, 2, 5, 2)))
print('left:', next(it))
tw = takewhile(lambda x: x < 2, noisy(5))
print('takewhile:', list(tw))
dw = dropwhile(lambda x: x < 3, noisy(5))
print('dropwhile first:', next(dw))
a, b = tee(noisy(3))
print('tee a:', list(a))
print('tee b:', list(b))
c = chain(noisy(2), noisy(1))
print('chain built')
print(list(c))
g = groupby(noisy(4), key=lambda x: x // 2)
k, grp = next(g)
print('group key', k)
print('next key', next(g)[0])
z = zip_longest(noisy(2), 'abc')
print(next(z))
acc = accumulate(noisy(3))
print('accumulate:', next(acc), next(acc))
cy = cycle(noisy(2))
print([next(cy) for _ in range(5)])
cnt = count(0.5, 0.25)
print([next(cnt) for _ in range(4)], cnt)
