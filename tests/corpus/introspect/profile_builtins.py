# cProfile and profile see built-ins called by bytecode (through c_call/c_return), keyed as CPython keys them;
# the profilers' own entries (cProfile's disable, profile's setprofile/profiler rows) are left out of the comparison.
import cProfile
import io
import profile
import pstats
import time

def h(lst):
    lst.append(3)
    time.perf_counter()
    for _ in range(3):
        len(lst)
    return sorted(lst), "a".upper(), max(lst)

own = ("'disable' of '_lsprof.Profiler'", 'setprofile', 'profiler', 'profile:0(')
for mod in (cProfile, profile):
    p = mod.Profile()
    p.runcall(h, [1])
    st = pstats.Stats(p, stream=io.StringIO())
    rows = sorted((k, v[0], v[1]) for k, v in st.stats.items()
                  if k[0] != 'profile' and not any(o in k[2] for o in own))
    for key, cc, nc in rows:
        print(key[0].rsplit('/', 1)[-1], key[1], key[2], cc, nc)
    out = io.StringIO()
    pstats.Stats(p, stream=out).sort_stats('name').print_stats()
    print([line.split(None, 5)[-1] for line in out.getvalue().splitlines()
           if ('{' in line or ':0(' in line) and not any(o in line for o in own)])
