# Exceptions: raising and catching in loops, custom exception classes, finally blocks, chaining.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

caught = {"app": 0, "key": 0, "ok": 0, "finally": 0}
for i in range(500000):
    try:
        risky(i)
        caught["ok"] += 1
    except AppError as e:
        caught["app"] += e.code % 2
    except KeyError:
        caught["key"] += 1
    finally:
        caught["finally"] += 1
print(caught)

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError("missing") from e

d = {i: i * i for i in range(100)}
misses = 0
for i in range(400000):
    try:
        lookup(d, i % 150)
    except ValueError as e:
        misses += isinstance(e.__cause__, KeyError)
print(misses)
