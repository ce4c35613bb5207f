# sys.setprofile's c_call / c_return / c_exception events around built-ins called by bytecode (not for types,
# nor for what a built-in calls itself), and the frames they come with.
import sys

def prof(frame, event, arg):
    if event.startswith('c_'):
        print(event, frame.f_code.co_name, getattr(arg, '__name__', arg))
    else:
        print(event, frame.f_code.co_name)

def h(lst):
    lst.append(3)
    lst.sort(key=abs)
    return len(lst), max(*lst), min(lst, default=0)

sys.setprofile(prof)
h([-5])
sorted([3, 1], key=abs)
print("x", sep="")
d = dict(a=1)
d.get('a')
try:
    len(5)
except TypeError:
    pass
try:
    int("x")
except ValueError:
    pass
args = (1, 2)
divmod(*args)
sys.setprofile(None)
print(sys.getprofile())
