# A dead assignment still makes x local: the read must keep raising UnboundLocalError.
x = "global"

def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("unbound:", type(e).__name__)
    return
    x = 1

f()
