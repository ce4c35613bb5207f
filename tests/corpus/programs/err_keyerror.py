print({}["a"])
