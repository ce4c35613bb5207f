class C:
    data = [(y := x) for x in range(3)]
