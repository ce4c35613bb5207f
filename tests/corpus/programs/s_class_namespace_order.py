class A:
    z = 1
    a = 2
    def m(self): pass
    b = 3
print([k for k in A.__dict__ if not k.startswith("__")])
class B(A):
    a = 20
print(B.a, B.z, A.a, B.__dict__.get("z"), "a" in B.__dict__)
print(sorted(k for k in dir(B) if not k.startswith("_")))
