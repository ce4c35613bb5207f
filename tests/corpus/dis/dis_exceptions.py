def f(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print(e)
    finally:
        print("done")
    with open("x") as fh:
        pass
    raise ValueError("v") from None
