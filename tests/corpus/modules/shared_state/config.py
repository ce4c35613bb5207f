settings = {}
calls = []
def set_option(k, v):
    calls.append(k)
    settings[k] = v
