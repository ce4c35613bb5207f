"""global / nonlocal, free and cell variables, names that only pass through a block."""
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer(x):
    y = x * 2

    def middle():
        def inner():
            nonlocal y
            y += 1
            return x + y
        return inner

    def reader():
        return y

    return middle, reader


def declared():
    global late
    late = 1

    def use():
        return late
    return use


class Holder:
    value = 3

    def get(self):
        return value

    def sup(self):
        return super().__init__ and __class__


def make_class(n):
    k = n

    class Local:
        k = 5

        def read(self):
            return k
    return Local
