# A closure may rebind a local with nonlocal: it must not be propagated.
def outer():
    value = 1
    def set_it():
        nonlocal value
        value = 2
    set_it()
    return value

print(outer())
