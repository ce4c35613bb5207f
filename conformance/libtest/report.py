"""Reads driver.py's outcome files and judges them (run by pytk; `reference` also runs under CPython).

    report.py reference OUTFILE
        prints the final outcome of every test (the checked-in form of CPython's results)
    report.py compare HERE OUTDIR SECONDS [--update] MODULE...
        compares pytk's outcomes with cpython/MODULE.txt and expected/MODULE.txt, prints the table,
        exits 1 on any difference from the expectations (--update rewrites them instead)

A test passes when it passes or fails as expected (@expectedFailure). CPython's passing tests are the
denominator. expected/MODULE.txt lists the CPython-passing tests pytk does not pass, `TEST_ID: reason`;
the entry `<module>: reason` says the module does not load, crashes or times out.
"""
import os
import sys

PASSING = ('pass', 'xfail')
MODULE = '<module>'


class Outcome:
    def __init__(self, path):
        self.load = None          # None (nothing written), 'ok' or the load error
        self.tests = {}           # id -> (status, reason)
        self.order = []
        self.ended = None         # None when the run finished, else 'crash ...' / 'timeout ...'
        self.wall = 0.0
        running = None
        for line in open(path, encoding='utf-8', errors='replace').read().splitlines():
            parts = line.split('\t')
            kind = parts[0]
            if kind == 'load-ok':
                self.load = 'ok'
            elif kind == 'load-error':
                self.load = parts[1] if len(parts) > 1 else 'load error'
            elif kind == 'start':
                running = parts[1]
            elif kind in ('pass', 'fail', 'error', 'skip', 'xfail', 'xpass'):
                tid = parts[1]
                if tid not in self.tests:
                    self.order.append(tid)
                self.tests[tid] = (kind, parts[2] if len(parts) > 2 else '')
                if tid == running:
                    running = None
            elif kind == 'run-error':
                self.ended = 'run error: ' + (parts[1] if len(parts) > 1 else '')
            elif kind in ('crash', 'timeout'):
                what = kind + ' ' + (parts[1] if len(parts) > 1 else '')
                self.ended = what
                if running is not None:
                    self.tests[running] = (kind, what)
                    self.order.append(running)
            elif kind == 'wall':
                self.wall = float(parts[1])
        if self.load is None and self.ended is None:
            self.ended = 'crash: no output'

    def passed(self):
        return {t for t, (s, _) in self.tests.items() if s in PASSING}

    def module_problem(self):
        """Why the module as a whole did not run to its end, or None."""
        if self.load not in (None, 'ok'):
            return 'load: ' + self.load
        if self.ended:
            return self.ended
        if self.load is None:
            return 'no output'
        return None


def reference(path):
    out = Outcome(path)
    print('# CPython 3.13 outcomes, written by conformance/libtest/run --cpython (driver.py under CPython)')
    print('load\t' + (out.load or 'none'))
    if out.ended:
        print('ended\t' + out.ended)
    for tid in out.order:
        status, reason = out.tests[tid]
        print(status + '\t' + tid + ('\t' + reason if reason and status == 'skip' else ''))


def read_reference(path):
    load, tests = None, {}
    for line in open(path, encoding='utf-8').read().splitlines():
        if line.startswith('#') or not line:
            continue
        parts = line.split('\t')
        if parts[0] == 'load':
            load = parts[1]
        elif parts[0] != 'ended':
            tests[parts[1]] = parts[0]
    return load, tests


def read_expected(path):
    entries = {}
    if os.path.exists(path):
        for line in open(path, encoding='utf-8').read().splitlines():
            if line.startswith('#') or not line.strip():
                continue
            tid, _, why = line.partition(': ')
            entries[tid.strip()] = why.strip()
    return entries


def write_expected(path, module, entries):
    lines = ['# ' + module + ': tests CPython 3.13 passes that pytk does not pass yet, "TEST_ID: status: reason"',
             '# (the reason is the first line of the failure; `<module>` means the module does not run to its end).',
             '# Regenerate with: conformance/libtest/run --update ' + module]
    for tid in sorted(entries, key=lambda t: (t != MODULE, t)):
        lines.append(tid + ': ' + entries[tid])
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def cause(status, reason):
    """Groups failures for the top-causes list: the exception type and message with digits and quotes folded."""
    text = reason
    if status == 'skip':
        return 'skip: ' + text[:80]
    out, quote = [], False
    for ch in text[:90]:
        out.append('#' if ch.isdigit() else ch)
    return status + ': ' + ''.join(out)


def compare(here, outdir, seconds, update, modules):
    bad = []
    rows = []
    causes = {}
    tot_cp = tot_pk = loaded = 0
    for m in modules:
        ref_path = os.path.join(here, 'cpython', m + '.txt')
        if not os.path.exists(ref_path):
            bad.append(m + ': no CPython reference (run conformance/libtest/run --cpython ' + m + ')')
            continue
        _, ref = read_reference(ref_path)
        cp_pass = {t for t, s in ref.items() if s in PASSING}
        out = Outcome(os.path.join(outdir, m + '.txt'))
        pk_pass = out.passed() & cp_pass
        problem = out.module_problem()
        if out.load == 'ok':
            loaded += 1
        tot_cp += len(cp_pass)
        tot_pk += len(pk_pass)
        share = 100.0 * len(pk_pass) / len(cp_pass) if cp_pass else 100.0
        rows.append((m, len(cp_pass), len(pk_pass), share, out.load == 'ok', problem, out.wall))
        exp_path = os.path.join(here, 'expected', m + '.txt')
        expected = read_expected(exp_path)
        actual = {}
        if problem:
            actual[MODULE] = problem
            causes[cause('module', problem)] = causes.get(cause('module', problem), 0) + len(cp_pass - pk_pass)
        for tid in sorted(cp_pass - pk_pass):
            status, reason = out.tests.get(tid, ('missing', 'not run'))
            if status == 'missing' and problem:
                continue
            actual[tid] = status + ': ' + reason
            key = cause(status, reason)
            causes[key] = causes.get(key, 0) + 1
        if update:
            if actual:
                write_expected(exp_path, m, actual)
            elif os.path.exists(exp_path):
                os.remove(exp_path)
            continue
        for tid in actual:
            if tid not in expected:
                bad.append(m + ': ' + ('module ' if tid == MODULE else 'unlisted ') + tid + ': ' + actual[tid])
        for tid in expected:
            if tid not in actual:
                if tid == MODULE:
                    bad.append(m + ': listed as not running to its end, but it does now (remove <module>)')
                elif tid in cp_pass:
                    bad.append(m + ': listed test passes now: ' + tid)
                else:
                    bad.append(m + ': listed test is not a CPython-passing test: ' + tid)

    print('%-22s %8s %8s %7s  %s' % ('module', 'CPython', 'pytk', 'share', 'note'))
    for m, cp, pk, share, ok, problem, wall in rows:
        note = ('' if not problem else problem[:70])
        print('%-22s %8d %8d %6.1f%%  %5.1fs %s' % (m, cp, pk, share, wall, note))
    share = 100.0 * tot_pk / tot_cp if tot_cp else 0.0
    print('libtest: %d of %d modules load; %d of %d CPython-passing tests pass under pytk (%.1f%%); %s s'
          % (loaded, len(rows), tot_pk, tot_cp, share, seconds))
    if os.environ.get('LIBTEST_CAUSES'):
        print('top causes (CPython-passing tests lost):')
        for key, n in sorted(causes.items(), key=lambda kv: -kv[1])[:int(os.environ['LIBTEST_CAUSES'])]:
            print('  %6d  %s' % (n, key))
    if update:
        print('libtest: expectations rewritten for %d modules' % len(rows))
        return 0
    for line in bad[:60]:
        print('  differs: ' + line)
    if len(bad) > 60:
        print('  ... and %d more' % (len(bad) - 60))
    return 1 if bad else 0


def main():
    if sys.argv[1] == 'reference':
        reference(sys.argv[2])
        return 0
    args = sys.argv[2:]
    update = '--update' in args
    args = [a for a in args if a != '--update']
    return compare(args[0], args[1], args[2], update, args[3:])


sys.exit(main())
