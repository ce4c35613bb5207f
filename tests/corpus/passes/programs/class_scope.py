def f():
    k = 10
    class C:
        k = 20
        def m(self):
            return k
    return C().m(), C.k

print(f())
