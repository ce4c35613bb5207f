# Scoping decided by the symbol table: private names, annotations, walrus targets, super() in nested
# functions, class bodies that shadow enclosing locals, and global declarations in class bodies.
x = "global x"


class Private:
    def closure(self):
        __v = 1

        def inner():
            return __v + 1
        return inner()

    def locals_are_fast(self):
        __w = 5
        return "_Private__w" in globals(), __w

    __attr = "mangled attribute"

    def attr(self):
        return self.__attr


p = Private()
print(p.closure(), p.locals_are_fast(), p.attr(), sorted(k for k in vars(Private) if k.endswith("attr")))


def annotated_class():
    x = "enclosing x"

    class C:
        x: int            # annotated only: a local of the class body, so the lookup skips the closure
        try:
            y = x
        except NameError as e:
            y = "NameError"

        def get(self):
            return x      # methods see the enclosing function's x
    return C.y, C().get()


print(annotated_class())


def annotated_function():
    kind = str

    def inner():
        value: kind = 3  # not evaluated, though it makes `kind` a free variable
        return value
    return inner()


print(annotated_function())


def walrus():
    items = [last := n for n in range(4)]
    found = any((hit := m) > 1 for m in range(5))
    return items, last, found, hit


print(walrus())
total = [acc := i * 2 for i in range(3)]
print(total, acc)


class Base:
    def hello(self):
        return "base"


class Derived(Base):
    def hello(self):
        def nested():
            return super(Derived, self).hello() + " via nested"
        return nested(), super().hello(), __class__.__name__


print(Derived().hello())


class Declares:
    global declared_in_class
    declared_in_class = "set by a class body"


print(declared_in_class)


def shadow():
    n = "function n"

    class K:
        n = "class n"
        seen = [n for _ in range(1)]

        def method(self):
            return n
    return K.n, K.seen, K().method()


print(shadow())


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    bump()
    return bump()


print(counter())
