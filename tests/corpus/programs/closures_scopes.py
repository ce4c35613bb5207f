def make_multipliers():
    return [lambda x: x * i for i in range(3)]
print([m(2) for m in make_multipliers()])
def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator()
print(acc(1), acc(10), acc(100))
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
print(read_global(), shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
class K:
    a = 1
    b = [a * i for i in range(1)] if False else None
    def m(self):
        return a_global
a_global = "ag"
print(K().m())
def counter_gen():
    c = 0
    def nxt():
        nonlocal c
        c += 1
        return c
    return nxt, lambda: c
n, peek = counter_gen()
n(); n(); print(peek())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
