type Pair[T] = tuple[T, T]

def swap[T](p: Pair[T]) -> Pair[T]:
    a, b = p
    assert a != b, f"equal items {a!r}"
    return b, a

print(swap((1, 2)))
print(swap((3, 3)))
