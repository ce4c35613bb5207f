def public_fn():
    return "public"
def _hidden():
    return "hidden"
value = 42
