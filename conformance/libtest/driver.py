"""Runs one module of CPython's Lib/test and records each test's outcome, one line per event.

    driver.py ROOT MODULE OUT

ROOT is a folder whose only entry is `test` (a link to CPython 3.13's installed Lib/test), so the real,
unmodified `test` package and `test.support` are imported in place while every other module still comes
from the running interpreter's own library. The same file runs under pytk and under CPython 3.13 (which
gives the reference results), so both are judged by the same loader and result logic.

OUT gets lines written and flushed as the run goes, so a process that dies or is killed leaves what it did:
    load-ok MODULE | load-error REASON
    start TEST_ID
    pass|fail|error|skip|xfail|xpass TEST_ID[<TAB>REASON]
    done SECONDS
A `start` with no outcome after it is the test that was running when the process died (report.py).
"""
import sys
import time


def one_line(err):
    """A failure's reason on one line: 'Type: first line of the message', at most 200 characters."""
    etype, value = err[0], err[1]
    name = getattr(etype, '__name__', str(etype))
    try:
        text = str(value)
    except BaseException:
        text = '<str() failed>'
    text = text.strip().split('\n')[0] if text.strip() else ''
    line = name + (': ' + text if text else '')
    line = line.replace('\t', ' ').replace('\r', ' ')
    return line[:200]


def skip_slow(suite, unittest):
    """Tests listed in slow.txt (TEST_ID: reason) are not run under pytk but recorded as skipped with the reason:
    each takes minutes of CPU under CPython itself, so running it would only spend the module's time limit and
    lose the tests after it. They still count as not passing."""
    if sys.implementation.name == 'cpython':
        return
    import os
    listed = {}
    try:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'slow.txt'), encoding='utf-8') as lst:
            for line in lst:
                line = line.strip()
                if line and not line.startswith('#'):
                    tid, _, reason = line.partition(': ')
                    listed[tid] = reason
    except FileNotFoundError:
        return
    if not listed:
        return

    def walk(s):
        for t in s:
            if isinstance(t, unittest.TestSuite):
                walk(t)
            elif t.id() in listed and hasattr(t, '_testMethodName'):
                reason = 'slow: ' + listed[t.id()]

                @unittest.skip(reason)
                def skipped():
                    pass
                setattr(t, t._testMethodName, skipped)
    walk(suite)


def main():
    root, module, out = sys.argv[1], sys.argv[2], sys.argv[3]
    sys.path.insert(0, root)
    f = open(out, 'w', encoding='utf-8')

    def emit(*parts):
        f.write('\t'.join(parts) + '\n')
        f.flush()

    started = time.time()
    try:
        import unittest
        __import__('test.' + module)
        mod = sys.modules['test.' + module]
        suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
    except BaseException as e:
        emit('load-error', one_line((type(e), e)))
        emit('done', '%.1f' % (time.time() - started))
        f.close()
        return
    emit('load-ok', module)

    class Recorder(unittest.TestResult):
        """Keeps one outcome per test id; a failing subtest fails its test (as CPython counts it)."""

        def __init__(self):
            super().__init__()
            self.outcome = {}

        def _set(self, test, status, reason=''):
            tid = test.id()
            # the first failure wins over a later success; setUpClass errors have their own ids
            if tid in self.outcome and self.outcome[tid][0] in ('fail', 'error'):
                return
            self.outcome[tid] = (status, reason)

        def startTest(self, test):
            super().startTest(test)
            emit('start', test.id())

        def stopTest(self, test):
            super().stopTest(test)
            tid = test.id()
            status, reason = self.outcome.pop(tid, ('pass', ''))
            emit(status, tid, reason) if reason else emit(status, tid)

        def addSuccess(self, test):
            self._set(test, 'pass')

        def addFailure(self, test, err):
            self._set(test, 'fail', one_line(err))

        def addError(self, test, err):
            tid = test.id()
            if tid not in self.outcome and not hasattr(test, '_testMethodName'):
                # class or module fixture (an _ErrorHolder): no startTest/stopTest around it
                emit('error', tid, one_line(err))
                return
            self._set(test, 'error', one_line(err))

        def addSubTest(self, test, subtest, err):
            if err is not None:
                is_fail = issubclass(err[0], test.failureException)
                self._set(test, 'fail' if is_fail else 'error', one_line(err))

        def addSkip(self, test, reason):
            tid = test.id()
            if tid not in self.outcome and not hasattr(test, '_testMethodName'):
                emit('skip', tid, str(reason)[:200])
                return
            self._set(test, 'skip', str(reason).replace('\n', ' ')[:200])

        def addExpectedFailure(self, test, err):
            self._set(test, 'xfail')

        def addUnexpectedSuccess(self, test):
            self._set(test, 'xpass', 'unexpected success')

    skip_slow(suite, unittest)
    result = Recorder()
    try:
        suite.run(result)
    except BaseException as e:
        emit('run-error', one_line((type(e), e)))
    emit('done', '%.1f' % (time.time() - started))
    f.close()


main()
