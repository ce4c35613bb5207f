counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    state = {"n": 0}
    calls = 0
    def f():
        nonlocal calls
        calls += 1
        state["n"] += 10
        return calls, state["n"]
    return f
f = make()
print(f(), f())
def define_global():
    global late
    late = "defined in function"
define_global()
print(late)
x = 1
def shadow():
    x = 2
    def inner():
        global x
        x = 3
    inner()
    return x
print(shadow(), x)
def nl_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 5
        l2()
    l1(); l1()
    return a
print(nl_chain())
