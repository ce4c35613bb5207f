# cmath's functions are built-ins (a class attribute does not bind them); json.tool pretty-prints and
# validates; statistics.kde/kde_random/NormalDist.overlap; vars() needs a __dict__; itertools' integer
# arguments go through __index__.
import cmath
import contextlib
import io
import itertools
import json.tool
import math
import pickle
import statistics
import sys


class Tol:
    close = cmath.isclose
    phase = cmath.phase


print(Tol().close(1j, 1j + 1e-12), Tol.phase(-1), type(cmath.sqrt).__name__, repr(cmath.exp)[:24])


class Kept(io.StringIO):
    def close(self):   # json.tool may close its output file
        pass


def tool(args, text):
    """json.tool's main() with these arguments and this standard input: exit code, output, last error line."""
    sys.argv = ['json.tool', *args]
    sys.stdin = io.StringIO(text)
    out, err = Kept(), Kept()
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            json.tool.main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else str(e.code)
    return code, out.getvalue(), err.getvalue().strip().splitlines()[-1:]


saved_stdin = sys.stdin
data = '{"b": [1, 2, {"c": null}], "a": "\\u00e9", "n": 1.5}'
for args in ([], ['--sort-keys'], ['--compact'], ['--indent', '1'], ['--tab', '--no-ensure-ascii'],
             ['--json-lines', '--no-indent'], ['--indent', '2', '--tab']):
    print(args, *map(repr, tool(args, data + '\n' + data if '--json-lines' in args else data)))
print(*map(repr, tool([], '[1,')))
sys.stdin = saved_stdin

sample = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
for kernel in ('normal', 'logistic', 'sigmoid', 'rectangular', 'triangular', 'parabolic', 'quartic',
               'triweight', 'cosine'):
    pdf = statistics.kde(sample, 1.5, kernel)
    cdf = statistics.kde(sample, 1.5, kernel, cumulative=True)
    print(kernel, pdf.__name__, cdf.__name__, round(pdf(0.5), 12), round(cdf(0.5), 12), round(cdf(2.0), 12))
    rand = statistics.kde_random(sample, 1.5, kernel, seed=7)
    print('   ', [round(rand(), 9) for _ in range(3)], rand.__doc__)
for call in (lambda: statistics.kde([], 1), lambda: statistics.kde(sample, 0), lambda: statistics.kde(sample, 1, 'x'),
             lambda: statistics.kde(['a'], 1), lambda: statistics.kde_random(sample, -1)):
    try:
        call()
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
N = statistics.NormalDist
print(round(N(2.4, 1.6).overlap(N(3.2, 2.0)), 12), N(0, 1).overlap(N(0, 1)), pickle.loads(pickle.dumps(N(1, 2))))
try:
    vars(N(1, 2))
except TypeError as e:
    print('TypeError:', e)

for call in (lambda: list(itertools.repeat(1, 2.5)), lambda: list(itertools.islice('abc', 'x')),
             lambda: list(itertools.combinations('abc', 1.0))):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([round(math.lgamma(x), 6) for x in (1e6, 300.5, -2.5, 171.5)], math.lgamma(1), math.lgamma(2))
