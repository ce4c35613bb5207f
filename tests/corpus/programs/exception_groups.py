def risky():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    try:
        risky()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("rest:", rest, [type(e).__name__ for e in rest.exceptions])
eg = ExceptionGroup("g", [KeyError("k"), ValueError("v")])
match, rest = eg.split(KeyError)
print(match.exceptions, rest.exceptions)
print(repr(eg.subgroup(ValueError)))
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped:", type(eg).__name__, eg.exceptions)
