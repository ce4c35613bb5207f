from even import is_even
import odd
print([n for n in range(12) if is_even(n)], odd.is_odd(7), odd.even.is_even(10))
import sys
print(sorted(m for m in sys.modules if m in ('even', 'odd')))
