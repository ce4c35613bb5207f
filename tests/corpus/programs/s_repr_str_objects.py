class Plain: pass
class WithStr:
    def __str__(self): return "custom str"
class WithRepr:
    def __repr__(self): return "custom repr"
p = Plain()
print(str(p).startswith("<__main__.Plain object at 0x"), repr(p) == str(p))
print(str(WithStr()), repr(WithStr()).startswith("<__main__.WithStr"), str(WithRepr()), repr(WithRepr()))
print([WithRepr()], f"{WithStr()}", "%s|%r" % (WithRepr(), WithRepr()), format(WithStr()))
print(repr(Plain).startswith("<class '__main__.Plain'>"), str(int), repr(len), repr(None), str(Ellipsis))
