# Passes that ask the symbol table what scope a name is in (dce, dse, constprop, cse, strength): each case
# is one where a scope rule decides whether a rewrite is allowed.

g = "global g"

def dead_binding_of_a_global():
    global g
    return g
    g = 1  # dead; g is global here anyway, so dropping it changes nothing

def dead_binding_keeps_a_local():
    try:
        return x  # UnboundLocalError: the dead binding below makes x local
    except UnboundLocalError as e:
        return "UnboundLocalError"
    x = 1

def store_read_by_an_annotation():
    x = 1  # read when `def inner` runs: its annotation is evaluated here
    def inner(a: x): return a
    return inner.__annotations__

def store_read_by_a_default():
    y = 2
    return (lambda v=y: v)()

def nested_scope_binds_its_own_name(n):
    i = 0
    for k in range(n):
        i = i + k * 2
    def other(i):
        return i * 4  # this i is other's parameter: not the int local above
    return i, other(1.5), other("ab")

def comprehension_binds_its_own_name():
    i = 3
    words = [i * 2 for i in ["a", "b"]]
    return i * 2, words

def closure_reads_the_local():
    total = 0
    for k in range(4):
        total = total + k
    class Box:
        seen = total * 2
    return Box.seen, (lambda: total * 2)()

def constant_captured_then_rebound():
    c = 10
    def bump():
        nonlocal c
        c = c + 1
    bump()
    return c

class Private:
    def scaled(self, __k):
        __k = __k * 4  # a private parameter (stored as _Private__k): a caller may pass a float
        return __k

    def counted(self):
        __n = 0
        for j in range(5):
            __n = __n + j * 8
        return __n

def generator_with_dead_yield():
    return "not a generator?"
    yield 1

print(dead_binding_of_a_global())
print(dead_binding_keeps_a_local())
print(store_read_by_an_annotation())
print(store_read_by_a_default())
print(nested_scope_binds_its_own_name(5))
print(comprehension_binds_its_own_name())
print(closure_reads_the_local())
print(constant_captured_then_rebound())
print(Private().scaled(1.5), Private().scaled(3), Private().counted())
print(type(generator_with_dead_yield()).__name__)
