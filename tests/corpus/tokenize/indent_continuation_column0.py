class State:
\
    PASSED = 1
