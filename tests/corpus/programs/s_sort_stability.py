records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
data = records[:]
data.sort(key=lambda r: r[0], reverse=True)
data.sort(key=lambda r: r[1])
print(data)
print(sorted([3, 1, 2], key=lambda x: 0), sorted("Banana", key=str.lower), sorted([-3, 2, -1], key=abs))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]))
