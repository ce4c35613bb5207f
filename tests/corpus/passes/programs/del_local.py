# del makes a later read raise; the store before it must stay.
def f():
    x = 3
    del x
    try:
        return x
    except UnboundLocalError:
        return "deleted"

print(f())
