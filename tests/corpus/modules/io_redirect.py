import sys
import io

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print('captured line')
print('second', 42)
sys.stdout = old
print(repr(buf.getvalue()))
err = io.StringIO()
print('to err', file=err)
print(err.getvalue().strip().upper())


def render(rows, out=None):
    out = out or sys.stdout
    for r in rows:
        out.write(' | '.join(f'{c:^5}' for c in r) + '\n')


render([('a', 'b'), (1, 2)])
s = io.StringIO()
render([('x', 'y')], s)
print(s.getvalue().rstrip(), len(s.getvalue()))
lines = io.StringIO('3\n1 2 3\n4 5 6\n7 8 9\n')
n = int(lines.readline())
grid = [list(map(int, lines.readline().split())) for _ in range(n)]
print(grid, sum(map(sum, grid)))
