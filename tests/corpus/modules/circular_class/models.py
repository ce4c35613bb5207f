import registry
class Model:
    def __init__(self, name):
        self.name = name
        registry.register(self)
    def __repr__(self):
        return f'Model({self.name!r})'
