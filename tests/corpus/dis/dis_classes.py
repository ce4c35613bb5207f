class Base:
    def hello(self):
        return "base"
class Child(Base):
    """Doc."""
    value = 3
    def hello(self):
        return super().hello() + "!"
    @property
    def v(self):
        return self.value
