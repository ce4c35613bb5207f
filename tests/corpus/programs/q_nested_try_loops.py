result = []
for i in range(5):
    try:
        try:
            if i == 1:
                raise ValueError(i)
            if i == 3:
                continue
            result.append(i)
        except ValueError:
            result.append("v")
            continue
        finally:
            result.append("f")
        if i == 4:
            break
    finally:
        result.append("F")
print(result)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("leaving", i)
print(f())
def g():
    try:
        for x in [1, 2]:
            try:
                raise KeyError(x)
            except KeyError:
                if x == 2:
                    raise
    except KeyError as e:
        return f"outer got {e}"
print(g())
