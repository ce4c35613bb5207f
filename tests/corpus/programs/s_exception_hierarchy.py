for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopIteration, KeyboardInterrupt, NotImplementedError, ModuleNotFoundError, TabError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(Warning, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
