print("abc" + 5)
