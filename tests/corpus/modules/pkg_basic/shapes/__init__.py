print("init shapes", __name__, __package__)
from . import square
