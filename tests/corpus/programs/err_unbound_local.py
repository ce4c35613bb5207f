def f():
    print(local_before)
    local_before = 1
f()
