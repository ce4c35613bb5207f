# Allocation-heavy trees: binary trees built and checked (many small objects, recursion).
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right

def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))

def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)

max_depth = 15
long_lived = make(max_depth)
for depth in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + 4)
    total = 0
    for _ in range(iterations):
        total += check(make(depth))
    print("%d trees of depth %d check: %d" % (iterations, depth, total))
print("long lived tree of depth %d check: %d" % (max_depth, check(long_lived)))
