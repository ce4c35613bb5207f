class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit got:", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return True
with Inspect():
    pass
with Inspect():
    raise ValueError("inside")
with Inspect() as i:
    {}["k"]
print("all suppressed")
