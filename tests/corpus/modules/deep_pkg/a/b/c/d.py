from .. import NAME as bname
from ... import NAME as aname
from ...b import NAME as again
WHO = f"d under {bname} and {aname} ({again})"
def who_is_up():
    from .. import c
    from ..c import d
    return c.__name__ + "/" + d.__name__
