def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []), append(4))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
def counter(start=0, *, step=1):
    return list(range(start, start + 3 * step, step))
print(counter(), counter(5), counter(step=2), counter.__defaults__, counter.__kwdefaults__)
