import helper


def classify(n):
    if not n % 2:
        return "even"
    else:
        return "odd"


print([classify(i) for i in range(4)], helper.sign(-3), helper.sign(2))
