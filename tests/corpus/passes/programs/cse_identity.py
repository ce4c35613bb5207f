# cse with unary operators, shifts and masks, nested functions with their own locals
def outer():
    a = 5
    b = -a
    c = -a
    inner_result = 0
    def inner():
        a = 'text'
        return a * 2, a * 2
    m = a << 3 | 1
    n = a << 3 | 1
    return b, c, m, n, inner(), ~a, ~a

def masks(v):
    x = 12345
    lo = x & 255
    hi = x >> 8
    again = (x >> 8, x & 255, x ^ 255)
    return lo, hi, again, v

print(outer())
print(masks(None))
