"""CPython's side of bench/parse.sh: ast.parse every .py file under the given paths in one process (as
`pytk parse` does) and print counts and elapsed time."""
import ast, os, sys, time


def files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for d, dirs, names in os.walk(p):
            dirs.sort()
            for n in sorted(names):
                if n.endswith('.py'):
                    yield os.path.join(d, n)


def main():
    start = time.perf_counter()
    nfiles = nlines = nerrors = 0
    for path in files(sys.argv[1:]):
        with open(path, 'rb') as f:
            source = f.read()
        nfiles += 1
        nlines += source.count(b'\n') + (1 if source and not source.endswith(b'\n') else 0)
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            nerrors += 1
    print('%d files, %d lines, %d errors, %.2f s' % (nfiles, nlines, nerrors, time.perf_counter() - start))


if __name__ == '__main__':
    main()
