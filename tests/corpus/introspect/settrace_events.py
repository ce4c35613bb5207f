# sys.settrace: call/line/return/exception events in CPython's order, f_trace, f_lineno, gettrace.
import sys

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        arg = arg[0].__name__
    events.append((event, name, frame.f_lineno, arg))
    return tracer

def add(a, b):
    c = a + b
    return c

def loop(n):
    t = 0
    for i in range(n):
        t += i
    while n:
        n -= 1
    return t

def boom():
    raise ValueError('x')

def relay():
    boom()

def gen():
    yield 1
    x = 2
    yield x

def nested():
    return add(1, 2) + add(3, 4)

sys.settrace(tracer)
add(1, 2)
loop(2)
try:
    relay()
except ValueError:
    pass
list(gen())
nested()
sys.settrace(None)
for e in events:
    print(*e)
print(sys.gettrace())

# A local tracer that stops line events; f_trace_lines off.
count = []
def only_calls(frame, event, arg):
    count.append(event)
    if event == 'call':
        frame.f_trace_lines = False
        return only_calls
sys.settrace(only_calls)
loop(3)
sys.settrace(None)
print(count)

# A tracer that raises is removed.
def bad(frame, event, arg):
    raise RuntimeError('tracer failed')
sys.settrace(bad)
try:
    add(1, 1)
except RuntimeError as e:
    print('RuntimeError', e)
print(sys.gettrace())

# setprofile sees calls and returns of Python functions.
seen = []
def prof(frame, event, arg):
    if event in ('call', 'return'):
        seen.append((event, frame.f_code.co_name, arg))
sys.setprofile(prof)
nested()
sys.setprofile(None)
print(seen, sys.getprofile())
