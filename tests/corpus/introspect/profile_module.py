# cProfile / profile / pstats: call counts (primitive and recursive) and the report's shape; times are not compared.
import cProfile
import io
import profile
import pstats

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def outer():
    return fib(7) + leaf()

def leaf():
    return 1

for module in (cProfile, profile):
    p = module.Profile()
    p.runcall(outer)
    s = io.StringIO()
    st = pstats.Stats(p, stream=s)
    st.strip_dirs().sort_stats(pstats.SortKey.NAME)
    st.print_stats()
    text = s.getvalue()
    rows = [line.split() for line in text.splitlines() if '(fib)' in line or '(leaf)' in line or '(outer)' in line]
    print([(r[0], r[-1]) for r in rows])
    print('Ordered by: function name' in text, 'ncalls  tottime  percall  cumtime  percall filename:lineno(function)' in text)
    calls = {k[2]: v[:2] for k, v in st.stats.items() if k[2] in ('fib', 'leaf', 'outer')}
    print(sorted(calls.items()))
    s2 = io.StringIO()
    pstats.Stats(p, stream=s2).sort_stats('calls').print_stats(1)
    print([line.split()[0] for line in s2.getvalue().splitlines() if '(fib)' in line])
print([k.value for k in pstats.SortKey][:3])
