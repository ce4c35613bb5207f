import sys
import counter
counter.bump(); counter.bump()
import counter as c2
print(c2.count, c2 is counter)
del sys.modules['counter']
import counter as c3
print(c3.count, c3 is counter, counter.count)
sys.modules['fake'] = 'I am a string'
import fake
print(fake, type(fake).__name__)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
