total = 0
for i in range(200000):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
s = 0
i = 0
while i < 100000:
    s += i * i
    i += 1
print(s)
d = {}
for i in range(10000):
    d[i % 97] = d.get(i % 97, 0) + i
print(len(d), d[0], d[96])
l = [i for i in range(50000) if i % 7 == 3]
print(len(l), l[-1], sum(l))
