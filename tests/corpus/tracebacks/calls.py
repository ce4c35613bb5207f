class Box:
    def __init__(self, v):
        self.v = v
    def open(self, key):
        return self.v[key]

def helper(b):
    x = b.open("lid")
    return x

def main():
    b = Box({})
    result = helper(b)
    return result

main()
