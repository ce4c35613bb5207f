class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
errors = []
for field, val in [("age", -1), ("name", ""), ("ok", 1)]:
    try:
        if isinstance(val, int) and val < 0:
            raise ValidationError(field, "must be >= 0")
        if val == "":
            raise ValidationError(field, "required")
    except ValueError as e:
        errors.append((e.field, str(e), type(e).__mro__[1].__name__))
print(errors)
class Wrapped(Exception):
    pass
try:
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError as e:
        print(e.errno, e.strerror, e.filename, e)
        raise Wrapped("wrapped") from e
except Wrapped as w:
    print(w, type(w.__cause__).__name__)
