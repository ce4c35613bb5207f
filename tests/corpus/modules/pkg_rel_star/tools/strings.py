def shout(s): return s.upper()
def _quiet(s): return s.lower()
import os as _os
