# Issue 15: under a high sys.setrecursionlimit() a runaway recursion of Python frames ends in RecursionError
# (pytk: when the .NET stack's headroom runs out), never in a stack overflow that kills the process.
import sys
sys.setrecursionlimit(10**5)   # 100x the default (10**6 took minutes of a Debug CI run under load)


def f(n):
    return f(n + 1)


def lam():
    return (lambda: lam())()


def comp():
    return [comp() for _ in [1]]


def fin():
    try:
        return fin()
    finally:
        pass


def dec(fn):
    return dec(fn)


for name, case in [("plain", lambda: f(0)), ("lambda", lam), ("comprehension", comp), ("finally", fin), ("decorator", lambda: dec(1))]:
    try:
        case()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)
print("still running")
