def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    if v < 0:
        raise ValueError(v)
    return v
results = []
for v in [1, -2, "x", 3.5]:
    try:
        results.append(check(v))
    except (TypeError, ValueError) as e:
        results.append(f"{type(e).__name__}({e})")
print(results)
class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("page")
except AppError as e:
    print(e, e.code, e.what, e.args, isinstance(e, Exception))
def nested():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError:
        print("outer caught")
        return "ok"
    finally:
        print("outer finally")
print(nested())
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", repr(e))
e = RuntimeError("with note")
e.add_note("extra info")
print(e.__notes__)
try:
    raise ValueError("traced")
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno)
def gen_errors():
    for exc in (ValueError, KeyError, IndexError):
        try:
            raise exc("x")
        except LookupError as le:
            yield "lookup:" + type(le).__name__
        except Exception as ex:
            yield "other:" + type(ex).__name__
print(list(gen_errors()))
err = None
try:
    1 / 0
except ZeroDivisionError as err2:
    err = err2
print(type(err).__name__, str(err))
try:
    print(err2)
except NameError as ne:
    print("NameError:", ne)
