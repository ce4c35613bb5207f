import builtins
builtins.__dict__.setdefault("_count", 0) if False else None
RUNS = []
RUNS.append("ran")
print("executing counter", __name__)
