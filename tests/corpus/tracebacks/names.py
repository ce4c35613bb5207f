def show(items):
    for i in items:
        print(i, undefined_name)

show([1])
