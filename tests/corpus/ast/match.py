match command:
    case 0 | 1 | -1 | 1.5 | -2j | 1 + 2j | "s" | b"b":
        pass
    case None | True | False:
        pass
    case [a, b, *rest]:
        pass
    case (x, _) if x > 0:
        pass
    case {"key": value, 1: other, **kw}:
        pass
    case Point(x=0, y=yy) | Point(1, 2, z=3):
        pass
    case [*_]:
        pass
    case Color.RED as c:
        pass
    case _:
        pass
