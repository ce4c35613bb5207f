"""statistics (pytk's own implementation). Sums are exact (every value as a Fraction) and results are
converted back to the data's type, so int, float, Fraction and Decimal data give CPython's results; square
roots are correctly rounded."""

import math
from fractions import Fraction
from collections import Counter

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'kde', 'kde_random', 'linear_regression', 'mean', 'median', 'median_grouped',
           'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


def _exact(x):
    """x as an exact Fraction (ints, bools, floats, Fractions, Decimals)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, (int, float)):
        if isinstance(x, float) and not math.isfinite(x):
            raise _NonFinite(x)
        return Fraction(x)
    try:
        n, d = x.as_integer_ratio()
    except (OverflowError, ValueError):
        # a Decimal infinity or NaN: summed apart, in its own arithmetic
        raise _NonFinite(x) from None
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__) from None
    return Fraction(n, d)


class _NonFinite(Exception):
    def __init__(self, value):
        self.value = value


def _result_type(types):
    """The type results are given in: the 'widest' data type (int < Fraction/Decimal < float)."""
    chosen = int
    for t in types:
        if t is bool or t is int:
            continue   # an int never widens the type, whatever came before it
        if chosen is int:
            chosen = t
        elif issubclass(t, chosen):
            chosen = t
        elif issubclass(chosen, t):
            pass
        elif t is float or chosen is float:
            if {t, chosen} & {float} and not ({t, chosen} - {float, Fraction, int}):
                chosen = float
            else:
                raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__)
        else:
            raise TypeError("can't convert type '%s' to numerator/denominator" % t.__name__)
    return chosen


def _sum(data):
    """(type, exact total, count) of the data."""
    types = set()
    total = Fraction(0)
    n = 0
    special = None
    for x in data:
        types.add(type(x))
        n += 1
        try:
            total += _exact(x)
        except _NonFinite as e:
            # as CPython adds them: 0 + first special, so a signalling NaN signals in the Decimal context
            special = (0 if special is None else special) + e.value
    return _result_type(types), total if special is None else special, n, special


def _convert(value, T):
    if T is float:
        return float(value)
    if isinstance(value, T):
        return value
    if T is int:
        if value.denominator == 1:
            return value.numerator
        T = float
        return float(value)
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    try:
        return T(value)
    except TypeError:
        from decimal import Decimal
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def mean(data):
    T, total, n, special = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if special is not None:
        return special
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data, weights = list(data), list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        if any(x == 0 for x in data) and all(x >= 0 for x in data):
            return 0.0
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        weights = [1] * n
    weights = list(weights)
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    if n == 1 and weights[0] == 1:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            return x
    _, sum_weights, _, _ = _sum(weights)
    T, total, _, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The interval holding the median, [L, L + interval), and its cumulative frequencies.
    from bisect import bisect_left, bisect_right
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _ss(data, c=None):
    """(type, exact sum of squared deviations, exact mean, count)."""
    data = list(data)
    T, total, n, special = _sum(data)
    if special is not None:
        return T, special, special, n
    mean_exact = total / n if n else Fraction(0)
    if c is not None:
        mean_exact = _exact(c)
    ss = sum(((_exact(x) - mean_exact) ** 2 for x in data), Fraction(0))
    return T, ss, mean_exact, n


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, Fraction):
        return float('nan')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, Fraction):
        return float('nan')
    return _convert(ss / n, T)


def _sqrt_frac(value):
    """The float nearest to sqrt(value) for an exact non-negative Fraction."""
    n, m = value.numerator, value.denominator
    if n == 0:
        return 0.0
    # Scale so the integer root has at least 60 bits, then round to odd so one float rounding is exact.
    k = max(0, (120 - (n.bit_length() - m.bit_length())) // 2 + 1)
    scaled_n = n << (2 * k)
    root = math.isqrt(scaled_n // m)
    if root * root * m != scaled_n:
        root |= 1
    return root / (1 << k)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return float('nan')
    var = ss / (n - 1)
    if T.__name__ == 'Decimal':
        return _convert(var, T).sqrt()
    return _sqrt_frac(var)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return float('nan')
    var = ss / n
    if T.__name__ == 'Decimal':
        return _convert(var, T).sqrt()
    return _sqrt_frac(var)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum_div(x, n)
    ybar = fsum_div(y, n)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def fsum_div(values, n):
    return math.fsum(values) / n


def correlation(x, y, /, *, method='linear'):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x, y = _rank(x), _rank(y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _sqrt_frac(Fraction(sxx) * Fraction(syy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _rank(data):
    order = sorted(range(len(data)), key=lambda i: data[i])
    ranks = [0.0] * len(data)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        r = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = r
        i = j + 1
    return ranks


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return super().__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- kernel density estimation: each kernel is (density K, cumulative W, inverse of W, support), with t the
# distance from a data point in bandwidths; a bounded kernel is zero beyond support bandwidths.

def _bounded_cdf(tail):
    """A bounded symmetric kernel's cumulative function from tail(s), its value at t = s - 1 for 0 <= s <= 1
    (a polynomial in s, so values near the ends keep their precision)."""
    def cdf(t):
        if t <= 0.0:
            return tail(max(0.0, 1.0 + t))
        return 1.0 - tail(max(0.0, 1.0 - t))
    return cdf


def _newton_invcdf(tail, density, coef, power):
    """The inverse of a bounded symmetric kernel's cumulative function: Newton's method on tail(s) = p over
    0 <= s <= 1 (s = t + 1), from the larger of the tail's leading term coef * s**power and the parabolic
    kernel's inverse; values above one half by symmetry."""
    def invcdf(p):
        if p > 0.5:
            return -invcdf(1.0 - p)
        if p <= 0.0:
            return -1.0
        s = max((p / coef) ** (1.0 / power), 1.0 + 2.0 * math.cos((math.acos(1.0 - 2.0 * p) - math.tau) / 3.0))
        s = min(1.0, s)
        for _ in range(30):
            slope = density(s - 1.0)
            if not slope:
                break
            step = (tail(s) - p) / slope
            s = min(1.0, max(0.0, s - step))
            if abs(step) <= 1e-13 * s:
                break
        return s - 1.0
    return invcdf


def _kernels():
    sqrt2pi = math.sqrt(math.tau)
    std = NormalDist()
    def quartic_tail(s):
        return 15.0 / 16.0 * (4.0 * s ** 3 / 3.0 - s ** 4 + s ** 5 / 5.0)

    def triweight_tail(s):
        return 35.0 / 32.0 * (2.0 * s ** 4 - 2.4 * s ** 5 + s ** 6 - s ** 7 / 7.0)

    def quartic(t):
        return 15.0 / 16.0 * (1.0 - t * t) ** 2

    def triweight(t):
        return 35.0 / 32.0 * (1.0 - t * t) ** 3

    triangular_cdf = _bounded_cdf(lambda s: s * s / 2.0)
    parabolic_cdf = _bounded_cdf(lambda s: 0.75 * (s * s - s ** 3 / 3.0))
    quartic_cdf = _bounded_cdf(quartic_tail)
    triweight_cdf = _bounded_cdf(triweight_tail)

    table = {
        'normal': (lambda t: math.exp(-t * t / 2.0) / sqrt2pi, std.cdf, std.inv_cdf, None),
        'logistic': (lambda t: 0.5 / (1.0 + math.cosh(t)), lambda t: 1.0 - 1.0 / (math.exp(t) + 1.0),
                     lambda p: math.log(p / (1.0 - p)), None),
        'sigmoid': (lambda t: 1.0 / math.pi / math.cosh(t), lambda t: 2.0 / math.pi * math.atan(math.exp(t)),
                    lambda p: math.log(math.tan(p * math.pi / 2.0)), None),
        'rectangular': (lambda t: 0.5, lambda t: t / 2.0 + 0.5, lambda p: 2.0 * p - 1.0, 1.0),
        'triangular': (lambda t: 1.0 - abs(t), triangular_cdf,
                       lambda p: math.sqrt(2.0 * p) - 1.0 if p < 0.5 else 1.0 - math.sqrt(2.0 - 2.0 * p), 1.0),
        # W(t) = p for the parabolic kernel is a cubic with three real roots: the one in [-1, 1]
        'parabolic': (lambda t: 3.0 / 4.0 * (1.0 - t * t), parabolic_cdf,
                      lambda p: 2.0 * math.cos((math.acos(1.0 - 2.0 * p) - math.tau) / 3.0), 1.0),
        'quartic': (quartic, quartic_cdf, _newton_invcdf(quartic_tail, quartic, 1.25, 3), 1.0),
        'triweight': (triweight, triweight_cdf, _newton_invcdf(triweight_tail, triweight, 35.0 / 16.0, 4), 1.0),
        'cosine': (lambda t: math.pi / 4.0 * math.cos(math.pi * t / 2.0),
                   lambda t: 0.5 * math.sin(math.pi * t / 2.0) + 0.5,
                   lambda p: 2.0 * math.asin(2.0 * p - 1.0) / math.pi, 1.0),
    }
    for alias, name in (('gauss', 'normal'), ('uniform', 'rectangular'), ('epanechnikov', 'parabolic'),
                        ('biweight', 'quartic')):
        table[alias] = table[name]
    return table


def _kde_check(data, h, kernel):
    if not len(data):
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError(f'Bandwidth h must be positive, not {h=!r}')
    try:
        return _kernel_table[kernel]
    except KeyError:
        raise StatisticsError(f'Unknown kernel name: {kernel!r}') from None


def kde(data, h, kernel='normal', *, cumulative=False):
    """A kernel density estimate of data with bandwidth h: a function giving the estimated probability
    density at x (the cumulative distribution with cumulative=True). data is read at each call, so items
    appended later count."""
    K, W, _, support = _kde_check(data, h, kernel)
    if support is None:
        def pdf(x):
            return sum(K((x - xi) / h) for xi in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - xi) / h) for xi in data) / len(data)
    else:
        # only the points within reach of x count: found by bisection in a sorted copy, remade when data grows
        from bisect import bisect_left, bisect_right
        reach = h * support
        state = [len(data), sorted(data)]

        def window(x):
            if len(data) != state[0]:
                state[:] = [len(data), sorted(data)]
            n, sample = state
            return n, bisect_left(sample, x - reach), bisect_right(sample, x + reach), sample

        def pdf(x):
            n, i, j, sample = window(x)
            return sum(K((x - xi) / h) for xi in sample[i:j]) / (n * h)

        def cdf(x):
            n, i, j, sample = window(x)
            return sum((W((x - xi) / h) for xi in sample[i:j]), i) / n
    if cumulative:
        cdf.__doc__ = f'CDF estimate with {h=!r} and {kernel=!r}'
        return cdf
    pdf.__doc__ = f'PDF estimate with {h=!r} and {kernel=!r}'
    return pdf


def kde_random(data, h, kernel='normal', *, seed=None):
    """A function drawing random values from the kernel density estimate of data with bandwidth h (a data
    point chosen at random, moved by a draw from the kernel); seed seeds its own generator."""
    _, _, invcdf, _ = _kde_check(data, h, kernel)
    import random
    prng = random.Random(seed)
    draw, choice = prng.random, prng.choice

    def rand():
        return choice(data) + h * invcdf(draw())

    rand.__doc__ = f'Random KDE selection with {h=!r} and {kernel=!r}'
    return rand


class NormalDist:
    """Normal distribution of a random variable."""
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma ** 2)

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * math.erfc((self._mu - x) / (self._sigma * math.sqrt(2.0)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def overlap(self, other):
        """The area shared by the two distributions' densities (0.0 to 1.0): found from the points where
        the densities cross (Inman and Bradley)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        x, y = self, other
        if (y._sigma, y._mu) < (x._sigma, x._mu):   # the same order either way round
            x, y = y, x
        xv, yv = x.variance, y.variance
        if not xv or not yv:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = yv - xv
        dm = abs(y._mu - x._mu)
        if not dv:
            return 2.0 * NormalDist(dm, 2.0 * x._sigma).cdf(0)
        a = x._mu * yv - y._mu * xv
        b = x._sigma * y._sigma * math.sqrt(dm * dm + dv * math.log(yv / xv))
        x1, x2 = (a + b) / dv, (a - b) / dv
        return 1.0 - (abs(y.cdf(x1) - x.cdf(x1)) + abs(y.cdf(x2) - x.cdf(x2)))

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

    def samples(self, n, *, seed=None):
        import random
        rnd = random.random if seed is None else random.Random(seed).random
        return [self.inv_cdf(rnd() or 1e-300) for _ in range(n)]

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _normal_dist_inv_cdf(p, mu, sigma):
    # Wichura's algorithm AS241 (rational approximations in three regions).
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r
                    + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                 + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r
                   + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
                   + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
                   + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
                   + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
                   + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


try:
    # the same kernel compiled (C# here, C in CPython); the Python one above stays for when it is blocked
    from _statistics import _normal_dist_inv_cdf
except ImportError:
    pass


_kernel_table = _kernels()
# each kernel's inverse cumulative function, by name (kde_random draws through them)
_kernel_invcdfs = {name: entry[2] for name, entry in _kernel_table.items()}
