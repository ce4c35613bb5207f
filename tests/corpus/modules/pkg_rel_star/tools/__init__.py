from .maths import *
from .strings import *
