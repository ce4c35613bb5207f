def run():
    import random
    return random.VALUE
