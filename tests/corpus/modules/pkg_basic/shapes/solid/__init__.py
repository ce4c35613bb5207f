__all__ = ["describe", "cube_volume"]
from .cube import volume as cube_volume
from ..circle import area as circle_area
def describe():
    return f"solid uses {circle_area(2)}"
extra = 1
