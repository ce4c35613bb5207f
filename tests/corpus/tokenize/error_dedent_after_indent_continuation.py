class A:
    def f(self):
        spec = 1
  \
      self.g(spec)
