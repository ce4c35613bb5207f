import models
_items = []
def register(m):
    _items.append(m)
def all_models():
    return list(_items)
def make(name):
    return models.Model(name)
