data = {"a": [1, 2, 3]}
def get(k, i):
    value = data[k][i] + 1
    return value
print(get("a", 1))
print(get("a", 7))
