from ... import NAME
from ...config import SETTINGS as S
def shout(s):
    return f'{NAME}:{s.upper()}!' + ('' if not S['debug'] else ' (debug)')
