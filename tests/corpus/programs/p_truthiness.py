values = [0, 0.0, 0j, "", [], (), {}, set(), None, False, 1, -1, "0", [0], (None,), {0: 0}, object()]
print([bool(v) for v in values])
print([v for v in values[:10] if v] == [], sum(1 for v in values if v))
print(0 or None, "" or "default", [] and "unreached", [1] and "reached", not [], not not 5)
class Falsy:
    def __bool__(self): return False
print(bool(Falsy()), "t" if Falsy() else "f", [1, 2] if Falsy() or [1, 2] else None)
