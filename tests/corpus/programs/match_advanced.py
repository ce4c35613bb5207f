def eval_expr(e):
    match e:
        case ("num", n):
            return n
        case ("add", l, r):
            return eval_expr(l) + eval_expr(r)
        case ("mul", l, r):
            return eval_expr(l) * eval_expr(r)
        case ("neg", x):
            return -eval_expr(x)
        case _:
            raise ValueError(f"bad expr {e!r}")
print(eval_expr(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
def http(status):
    match status:
        case 200 | 201 as ok:
            return f"ok {ok}"
        case 404:
            return "not found"
        case s if 500 <= s < 600:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in (200, 201, 404, 503, 302)])
def shapes(obj):
    match obj:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle {r}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case {"kind": kind}:
            return f"unknown kind {kind}"
        case [*items] if len(items) > 2:
            return f"long list {len(items)}"
        case [x, y, *rest]:
            return f"list {x} {y} {rest}"
        case str() | bytes():
            return "text"
        case True | False:
            return "bool"
    return "nothing"
for o in [{"kind": "circle", "r": 2}, {"kind": "circle", "r": 0}, {"kind": "rect", "w": 1, "h": 2},
          [1, 2, 3], [1, 2], "s", b"b", True, 3.0]:
    print(shapes(o))
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"
print(paint("red"), paint("green"), paint("blue"))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 42:
    case int(x) if x > 40:
        print("big int", x)
