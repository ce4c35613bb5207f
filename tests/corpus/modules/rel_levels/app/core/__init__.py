from .engine import Engine
from .. import config
