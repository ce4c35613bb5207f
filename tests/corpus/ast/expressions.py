a and b or not c
x if y else z
lambda: 0
lambda a, *, b=1, **k: a
(n := 10)
-x, +x, ~x, not x
1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 ^ 4 & 5
a < b <= c > d >= e == f != g is h is not i in j not in k
f(a, *b, c=1, **d)
obj.attr.other
seq[1:2:3], seq[::], seq[i], seq[1:2, ::3]
[1, 2, *rest]
(1,)
()
{1, 2}
{"a": 1, **other}
{}
[x for x in y if x if not x]
{x for x in y}
{k: v for k, v in items}
(x for x in y for z in x)
def g():
    yield
    yield 1
    x = yield from other
async def h():
    return [x async for x in ait]
*a, b = c
a, *b = c
[a, b] = c
a = b = c
