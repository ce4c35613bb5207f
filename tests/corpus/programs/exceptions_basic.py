def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise KeyError("k")
    return 10 / (n - 2)
for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, TypeError) as e:
        print("lookup", repr(e))
    except ZeroDivisionError:
        print("zero division")
    else:
        print("no error")
    finally:
        print("finally", n)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, MyError))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)
def f():
    try:
        return "try"
    finally:
        print("cleanup runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), ValueError.__mro__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("x")), str(KeyError("x")))
