from ..config import SETTINGS
from .util.text import shout
from . import util
class Engine:
    def run(self):
        return shout(f"level {SETTINGS['level']}") + ' ' + util.MARK
