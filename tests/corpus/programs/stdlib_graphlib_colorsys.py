# graphlib.TopologicalSorter (batches, static_order, cycles, misuse) and colorsys round trips.
import colorsys
from graphlib import CycleError, TopologicalSorter

deps = {'app': {'lib', 'log'}, 'lib': {'core'}, 'log': {'core'}, 'test': {'app'}}
print(list(TopologicalSorter({'a': ['b'], 'b': ['c']}).static_order()))
ts = TopologicalSorter(deps)
ts.prepare()
while ts.is_active():
    batch = ts.get_ready()
    print(sorted(batch))
    ts.done(*batch)
try:
    TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare()
except CycleError as e:
    print(e.args[0], e.args[1])
ts = TopologicalSorter()
ts.add('x', 'y')
ts.prepare()
for call in (lambda: ts.add('z'), ts.prepare, lambda: ts.done('x'), lambda: ts.done('q')):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready(), ts.is_active())
ts.done('y')
try:
    ts.done('y')
except ValueError as e:
    print('ValueError', e)

for rgb in ((0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.5, 0.5, 0.1)):
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print([round(v, 6) for v in hsv], [round(v, 6) for v in hls], [round(v, 6) for v in yiq])
    print([round(v, 6) for v in colorsys.hsv_to_rgb(*hsv)], [round(v, 6) for v in colorsys.hls_to_rgb(*hls)],
          [round(v, 6) for v in colorsys.yiq_to_rgb(*yiq)])
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(0.99, 1.0, 1.0))
