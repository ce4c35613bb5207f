HANDLERS = {}


def handler(*names):
    def deco(fn):
        for n in names or (fn.__name__,):
            if n in HANDLERS:
                raise KeyError(f'duplicate handler {n}')
            HANDLERS[n] = fn
        return fn
    return deco


def dispatch(cmd, *args):
    try:
        return HANDLERS[cmd](*args)
    except KeyError:
        return f'unknown command {cmd!r}'
