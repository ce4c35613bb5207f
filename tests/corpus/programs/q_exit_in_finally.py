import sys
try:
    print("working")
    sys.exit(5)
finally:
    print("cleanup before exit")
