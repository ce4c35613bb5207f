# Allocations proportional to a user value that cannot fit: MemoryError (or OverflowError) at once.
class I:
    def __index__(self): return 3
print("a" * I(), I() * "b", [1] * I(), b"x" * I(), (1,) * I())
tests = [
    "[0] * 10**11", "(0,) * 10**11", "[1, 2] * 2**62", "[0] * 2**62", "list(range(10**11))",
    "''.join(['a' * 10**6] * 10**6)", "bytes(10**11)", "bytearray(10**11)", "'a'.ljust(10**11)",
    "'a'.rjust(10**11)", "'a'.center(10**11)", "'a'.zfill(10**11)", "b'a'.ljust(10**11)",
    "'a' * 10**11", "b'a' * 10**11", "'ab' * 2**62", "'a' * 2**63", "[0] * 2**63", "'a'.rjust(2**63)",
    "'\\t'.expandtabs(10**10)", "format(1, '100000000000')", "'{:100000000000}'.format(1)",
    "'%100000000000d' % 1", "format(1.5, '100000000000')", "format('s', '100000000000')",
    "tuple(range(10**11))", "'x'.join(['a'] * 10**6) * 10**6", "bytes(range(3)) * 10**11",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", type(r).__name__, len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(t, "->", type(e).__name__, e)
