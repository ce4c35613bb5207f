# f_trace set on frames already running, then sys.settrace: their next lines are traced (not the line of the call).
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('helper', 'arm'): return None
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def arm(depth):
    frame = sys._getframe(1)
    while frame:
        frame.f_trace = tracer
        frame = frame.f_back
    sys.settrace(tracer)
def helper():
    arm(0)
def a():
    x = 1
    arm(0)
    y = 2
    return y
def b():
    x = 1
    helper()
    y = 2
def c():
    x = 1
    sys.settrace(tracer); sys._getframe().f_trace = tracer
    y = 2
def d():
    fr = sys._getframe()
    fr.f_trace = tracer
    z = [1 for _ in range(1)]
    sys.settrace(tracer)
    y = 2
for fn in (a, b, c, d):
    print('--', fn.__name__)
    fn()
    sys.settrace(None)
