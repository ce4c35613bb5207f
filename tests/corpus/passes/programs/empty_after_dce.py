# A function emptied by dce still returns None.
def f():
    if False:
        print("no")

print(f())
