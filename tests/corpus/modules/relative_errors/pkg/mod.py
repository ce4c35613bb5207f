def beyond():
    from ... import zzz
def rel():
    from .helper import H
    from . import helper
    return H + "/" + helper.__name__
