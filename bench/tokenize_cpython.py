"""CPython's side of bench/tokenize.sh: tokenize every .py file under the given paths with the tokenize
module in one process (as `pytk tokenize --summary` does) and print counts and elapsed time."""
import os, sys, time, tokenize


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
    paths = list(files(sys.argv[1:]))
    ntokens = nerrors = nbytes = 0
    start = time.perf_counter()
    cpu = time.process_time()
    for path in paths:
        with open(path, 'rb') as f:
            source = f.read()
        nbytes += len(source)
        try:
            with open(path, 'rb') as f:
                ntokens += sum(1 for _ in tokenize.tokenize(f.readline))
        except (SyntaxError, tokenize.TokenError):
            nerrors += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print('files: %d  tokens: %d  errors: %d  bytes: %d' % (len(paths), ntokens, nerrors, nbytes))
    print('elapsed: %.3f s  cpu: %.3f s' % (elapsed, cpu))


if __name__ == '__main__':
    main()
