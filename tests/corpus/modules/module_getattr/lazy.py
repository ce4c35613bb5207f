import warnings_free as _w
_aliases = {'old_name': 'new_name'}
def new_name():
    return 'new!'
def __getattr__(name):
    if name in _aliases:
        return globals()[_aliases[name]]
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
def __dir__():
    return ['new_name', 'old_name']
