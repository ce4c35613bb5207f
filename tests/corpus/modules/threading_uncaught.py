# The default threading.excepthook prints the thread's traceback to stderr; the program goes on and its
# non-daemon threads are joined before it exits with its own status.
import sys
import threading
import time

def bad():
    raise ValueError('boom in ' + threading.current_thread().name)

def slow():
    time.sleep(0.05)
    print('slow thread done')

t = threading.Thread(target=bad, name='Bad')
t.start()
t.join()
print('main goes on, thread alive:', t.is_alive())
threading.Thread(target=slow).start()
print('main ends first')
sys.exit(3)
