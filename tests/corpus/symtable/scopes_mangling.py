"""Private names are stored mangled with the enclosing class's name; table names are not."""


class Secret:
    __hidden = 1
    __dunder__ = 2

    def __private(self, __arg):
        __local = __arg
        return self.__hidden + __local

    def comp(self):
        return [__v for __v in range(3)]


class _Under[__T]:
    def get(self, __x: __T) -> __T:
        return __x


class ___:
    __kept = 1
