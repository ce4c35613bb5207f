from . import alpha
from .alpha import A as _A
ready = _A + "!"
def __dir__():
    return ["ready", "x"]
