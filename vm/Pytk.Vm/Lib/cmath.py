"""cmath (pytk's own implementation): complex functions from their real and imaginary parts with math's
functions; branch cuts follow the C99 conventions CPython documents (signed zeros pick the side)."""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj', 'isclose',
           'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin',
           'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if hasattr(type(z), '__complex__'):
        r = type(z).__complex__(z)
        if not isinstance(r, complex):
            raise TypeError(f'__complex__ returned non-complex (type {type(r).__name__})')
        return r
    if isinstance(z, (int, float)) or hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f'must be real number, not {type(z).__name__}')


def phase(z):
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if math.isinf(r) and math.isfinite(phi) and phi != 0:
        return complex(r * math.cos(phi) if math.cos(phi) else 0.0 * r, r * math.sin(phi) if math.sin(phi) else 0.0)
    if phi == 0:
        return complex(r, phi * r if math.isfinite(r) else phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def exp(z):
    z = _c(z)
    if z.imag == 0 and math.isfinite(z.real):
        return complex(math.exp(z.real), z.imag)
    m = math.exp(z.real)
    return complex(m * math.cos(z.imag), m * math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z == 0:
        raise ValueError('math domain error')
    r = complex(math.log(abs(z)), math.atan2(z.imag, z.real))
    if base is not None:
        return r / log(base)
    return r


def log10(z):
    r = log(z)
    return complex(r.real / math.log(10), r.imag / math.log(10))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0 and y == 0:
        return complex(0.0, y)
    if math.isinf(y):
        return complex(math.inf, y)
    if math.isnan(x) or math.isnan(y):
        return complex(math.nan, math.nan)
    if math.isinf(x):
        if x > 0:
            return complex(x, math.copysign(0.0, y))
        return complex(0.0, math.copysign(math.inf, y))
    s = math.sqrt((abs(x) + math.hypot(x, y)) / 2)
    if x >= 0:
        return complex(s, y / (2 * s))
    return complex(abs(y) / (2 * s), math.copysign(s, y))


def sin(z):
    z = _c(z)
    return complex(math.sin(z.real) * math.cosh(z.imag), math.cos(z.real) * math.sinh(z.imag))


def cos(z):
    z = _c(z)
    return complex(math.cos(z.real) * math.cosh(z.imag), -math.sin(z.real) * math.sinh(z.imag))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def sinh(z):
    z = _c(z)
    return complex(math.sinh(z.real) * math.cos(z.imag), math.cosh(z.real) * math.sin(z.imag))


def cosh(z):
    z = _c(z)
    return complex(math.cosh(z.real) * math.cos(z.imag), math.sinh(z.real) * math.sin(z.imag))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 22:
        return complex(math.copysign(1.0, x), 4 * math.sin(y) * math.cos(y) * math.exp(-2 * abs(x)))
    t = math.tanh(x)
    ty = math.tan(y)
    cx = 1 / math.cosh(x)
    txty = t * ty
    denom = 1 + txty * txty
    return complex(t * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def asinh(z):
    z = _c(z)
    return log(z + sqrt(z * z + 1))


def acosh(z):
    z = _c(z)
    return 2 * log(sqrt((z + 1) / 2) + sqrt((z - 1) / 2))


def atanh(z):
    z = _c(z)
    if z == 1 or z == -1:
        raise ValueError('math domain error')
    return (log(1 + z) - log(1 - z)) / 2


def asin(z):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2 * math.atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def atan(z):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


# cmath is a C module in CPython: its functions are built-ins (stored in a class they do not become methods).
def _as_builtins():
    from _pytk import builtin
    g = globals()
    for name in __all__:
        if callable(g[name]):
            g[name] = builtin(g[name])


_as_builtins()
del _as_builtins
