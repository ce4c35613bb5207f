def f(p):
    match p:
        case [x, y]:
            return x + y
        case {"k": v}:
            return v
        case int() | float():
            return "num"
        case _:
            return None
