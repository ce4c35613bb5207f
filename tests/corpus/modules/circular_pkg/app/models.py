from . import views
NAME = "model"
def describe():
    return NAME + " with " + views.NAME
