def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except IndexError as e:
        print("caught at level1:", e)
        raise TypeError("converted") from None
try:
    level1()
except TypeError as e:
    print("top:", e, e.__cause__, e.__suppress_context__)
def swallow():
    try:
        raise ValueError
    except ValueError:
        return "swallowed"
    finally:
        print("finally before return")
print(swallow())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
import sys
try:
    raise KeyError("inside")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
class Resource:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is ValueError
with Resource() as r:
    print("body", type(r).__name__)
with Resource():
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Resource():
        raise KeyError("not suppressed")
except KeyError as e:
    print("propagated", e)
def gen_with():
    with Resource():
        return "from with"
print(gen_with())
