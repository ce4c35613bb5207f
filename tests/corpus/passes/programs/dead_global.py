# global inside dead code still applies to the whole function.
counter = 0

def bump():
    if False:
        global counter
    counter = 5

bump()
print(counter)
