from . import models
NAME = "view"
def render():
    return "render " + models.NAME
