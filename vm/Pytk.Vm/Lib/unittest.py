"""unittest (pytk's own implementation): TestCase and its assert methods, skips and expected failures,
subTest, fixtures (setUp/tearDown, setUpClass/tearDownClass, cleanups), TestSuite, TestLoader,
TextTestRunner and main(), printing CPython's report format on stderr."""

import sys
import time

# a package, as CPython's: unittest.mock is shipped as Lib/unittest.mock.py
__path__ = ['<pytk>/Lib/unittest']
import _pytk

__all__ = ['TestCase', 'TestSuite', 'TestLoader', 'TextTestRunner', 'TestResult', 'TextTestResult', 'SkipTest',
           'skip', 'skipIf', 'skipUnless', 'expectedFailure', 'main', 'defaultTestLoader', 'FunctionTestCase',
           'IsolatedAsyncioTestCase', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

# Frames of modules with this global are left out of failure tracebacks (CPython's convention).
__unittest = True


class SkipTest(Exception):
    """Raise to skip a test (TestCase.skipTest, the skip decorators)."""


class _ShouldStop(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Skips the decorated test (or class) unconditionally."""
    if not isinstance(reason, str):
        raise TypeError('reason must be a string')

    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
            skip_wrapper.__doc__ = getattr(test_item, '__doc__', None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


def _strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _pformat(obj):
    try:
        from pprint import pformat
    except ImportError:
        return repr(obj)
    return pformat(obj)


def _ndiff_text(first, second):
    import difflib
    return '\n' + '\n'.join(difflib.ndiff(_pformat(first).splitlines(), _pformat(second).splitlines()))


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        case = self.case
        sub = _SubTest(case, self.msg, self.params)
        outcome = case._outcome
        if exc is None:
            return False
        if isinstance(exc, SkipTest):
            outcome.result.addSkip(sub, str(exc))
            return True
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            return False
        exc = _clean(exc)
        if isinstance(exc, case.failureException):
            if outcome.expecting_failure:
                outcome.expected_failure = exc
            else:
                outcome.result.addSubTest(case, sub, _exc_info(exc))
        else:
            outcome.result.addSubTest(case, sub, _exc_info(exc))
        outcome.success = False
        return True


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.obj_name = None
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self.test_case._fail_with(self.msg, "{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self.test_case._fail_with(self.msg, "{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        import re
        expected_regex = self.expected_regex
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(str(exc_value)):
            self.test_case._fail_with(self.msg, '"{}" does not match "{}"'.format(expected_regex.pattern, str(exc_value)))
        return True

    def handle(self, name, args, kwargs):
        if not args:
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _AssertWarnsContext:
    """assertWarns/assertWarnsRegex: records the warnings of the block (all of them shown, whatever the filters
    say) and passes when one of the expected category (and matching the regex) was issued."""

    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.obj_name = None
        self.warning = self.filename = self.lineno = None

    def __enter__(self):
        import warnings
        for mod in list(__import__('sys').modules.values()):
            if getattr(mod, '__warningregistry__', None):
                mod.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self._log = self.warnings = self._catcher.__enter__()   # cm.warnings: every warning the block issued
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        import re
        regex = self.expected_regex
        if isinstance(regex, (str, bytes)):
            regex = re.compile(regex)
        first = None
        for m in self._log:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if regex is not None and not regex.search(str(w)):
                continue
            self.warning, self.filename, self.lineno = w, m.filename, m.lineno
            return None
        if first is not None and regex is not None:
            self.test_case._fail_with(self.msg, '"{}" does not match "{}"'.format(regex.pattern, str(first)))
        name = getattr(self.expected, '__name__', str(self.expected))
        if self.obj_name:
            self.test_case._fail_with(self.msg, "{} not triggered by {}".format(name, self.obj_name))
        self.test_case._fail_with(self.msg, "{} not triggered".format(name))

    handle = _AssertRaisesContext.handle


class _AssertNotWarnsContext(_AssertWarnsContext):
    """_assertNotWarns (CPython's private helper its tests use): fails when the block issues a warning of the
    category."""

    def __exit__(self, exc_type, exc_value, tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for m in self._log:
            if isinstance(m.message, self.expected):
                self.test_case._fail_with(self.msg, "{} triggered".format(
                    getattr(self.expected, '__name__', str(self.expected))))
        return None


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None


def _exc_info(exc):
    """The (type, value, traceback) triple TestResult methods receive, as sys.exc_info() gives it."""
    return (type(exc), exc, exc.__traceback__)


def _clean(exc):
    """Drops the runner's own frames from a failure's traceback, as CPython's unittest does: the frames of
    modules marked with __unittest before the test's code, and everything from the first such frame after it
    (the assert method that raised)."""
    tb = exc.__traceback__
    while tb is not None and '__unittest' in tb.tb_frame.f_globals:
        tb = tb.tb_next
    first = tb
    prev = None
    while tb is not None:
        if '__unittest' in tb.tb_frame.f_globals:
            if prev is not None:
                prev.tb_next = None
            break
        prev = tb
        tb = tb.tb_next
    exc.__traceback__ = first
    return exc


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__

    # -- fixtures --------------------------------------------------------------------------------------
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters context manager CM and schedules its exit as a cleanup; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                            f"context manager protocol") from None
        result = enter(cm)
        self.addCleanup(exit, cm, None, None, None)
        return result

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                self._callCleanup(function, *args, **kwargs)
            except Exception as e:
                if self._outcome is not None:
                    self._outcome.success = False
                    self._outcome.result.addError(self, _exc_info(_clean(e)))
        return True

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (_strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_strclass(self.__class__), self._testMethodName)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        if self._outcome is None:
            return _NullContext()
        return _SubTestContext(self, msg, params)

    # -- running ---------------------------------------------------------------------------------------
    def _call_part(self, outcome, func, is_test=False):
        try:
            func()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(self, str(e))
        except BaseException as e:
            if isinstance(e, SystemExit) and not isinstance(e, Exception):
                pass
            e = _clean(e)
            outcome.success = False
            if is_test and outcome.expecting_failure and isinstance(e, Exception):
                outcome.expected_failure = e
            elif isinstance(e, self.failureException):
                outcome.result.addFailure(self, _exc_info(e))
            else:
                outcome.result.addError(self, _exc_info(e))
        return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False) or getattr(testMethod, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or getattr(testMethod, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            outcome = _Outcome(result)
            outcome.expecting_failure = (getattr(testMethod, "__unittest_expecting_failure__", False)
                                         or getattr(self, "__unittest_expecting_failure__", False))
            self._outcome = outcome
            try:
                if self._call_part(outcome, self._callSetUp):
                    self._call_part(outcome, lambda: self._callTestMethod(testMethod), is_test=True)
                    self._call_part(outcome, self._callTearDown)
                self.doCleanups()
                if outcome.success:
                    if outcome.expecting_failure:
                        if outcome.expected_failure is not None:
                            result.addExpectedFailure(self, _exc_info(outcome.expected_failure))
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                elif outcome.expecting_failure and outcome.expected_failure is not None:
                    result.addExpectedFailure(self, _exc_info(outcome.expected_failure))
                return result
            finally:
                self._outcome = None
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    # the steps run() takes, for subclasses that run them differently (IsolatedAsyncioTestCase)
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a test case ({method})',
                          DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # -- assertions ------------------------------------------------------------------------------------
    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (_safe_repr(standardMsg), _safe_repr(msg))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + '\nDiff is %s characters long. Set self.maxDiff to None to see it.' % len(diff)

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, "%s is not false" % _safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, "%s is not true" % _safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertWarnsRegex', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        return _AssertNotWarnsContext(expected_warning, self).handle('_assertNotWarns', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, msg=kwargs.pop('msg', None) if not args else None)
        return context.handle('assertWarnsRegex', args, kwargs)

    def _type_equality(self, first, second):
        if type(first) is type(second):
            kind = type(first)
            if kind is list:
                return self.assertListEqual
            if kind is tuple:
                return self.assertTupleEqual
            if kind is dict:
                return self.assertDictEqual
            if kind in (set, frozenset):
                return self.assertSetEqual
            if kind is str:
                return self.assertMultiLineEqual
        return None

    def assertEqual(self, first, second, msg=None):
        check = self._type_equality(first, second)
        if check is not None:
            check(first, second, msg)
        elif not first == second:
            self._fail_with(msg, '%s != %s' % (_safe_repr(first), _safe_repr(second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self._fail_with(msg, standardMsg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self._fail_with(msg, standardMsg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self._fail_with(msg, 'First sequence is not a %s: %s' % (seq_type_name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                self._fail_with(msg, 'Second sequence is not a %s: %s' % (seq_type_name, _safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        seq1_repr = _safe_repr(seq1)
        seq2_repr = _safe_repr(seq2)
        if len(seq1_repr) > 30:
            seq1_repr = seq1_repr[:30] + '...'
        if len(seq2_repr) > 30:
            seq2_repr = seq2_repr[:30] + '...'
        elements = (seq_type_name.capitalize(), seq1_repr, seq2_repr)
        differing = '%ss differ: %s != %s\n' % elements
        len1, len2 = len(seq1), len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + (_safe_repr(seq1[i]), _safe_repr(seq2[i])))
                break
        else:
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n' % (seq_type_name, len1 - len2))
                differing += ('First extra element %d:\n%s\n' % (len2, _safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n' % (seq_type_name, len2 - len1))
                differing += ('First extra element %d:\n%s\n' % (len1, _safe_repr(seq2[len1])))
        standardMsg = self._truncateMessage(differing, _ndiff_text(seq1, seq2))
        self._fail_with(msg, standardMsg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self._fail_with(msg, '\n'.join(lines))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % (_safe_repr(d1, True), _safe_repr(d2, True))
            self._fail_with(msg, self._truncateMessage(standardMsg, _ndiff_text(d1, d2)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            standardMsg = '%s != %s' % (_safe_repr(first, True), _safe_repr(second, True))
            first_lines = first.splitlines(keepends=True) or ['']
            second_lines = second.splitlines(keepends=True) or ['']
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                first_lines = [first + '\n']
                second_lines = [second + '\n']
            import difflib
            diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
            self._fail_with(msg, self._truncateMessage(standardMsg, diff))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = []
        for elem in first_seq + [e for e in second_seq if e not in first_seq]:
            if any(elem == seen for seen, _, _ in differences):
                continue
            cnt_s = sum(1 for e in first_seq if e == elem)
            cnt_t = sum(1 for e in second_seq if e == elem)
            differences.append((elem, cnt_s, cnt_t))
        differences = [d for d in differences if d[1] != d[2]]
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % (s, t, e) for e, s, t in differences]
            self._fail_with(msg, standardMsg + '\n'.join(lines))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, '%s unexpectedly found in %s' % (_safe_repr(member), _safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, '%s is not None' % (_safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, '%s is an instance of %r' % (_safe_repr(obj), cls))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b)))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text))

    # Deprecated aliases CPython 3.13 still has.
    failUnlessEqual = assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    assertAlmostEquals = assertAlmostEqual


class _NullContext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (_strclass(self.__class__), self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class TestSuite:
    """A collection of tests; running it runs each, with class fixtures around each class's tests."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def _flat(self):
        for test in self:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    def run(self, result, debug=False):
        previous = None
        failed_classes = set()
        # module fixtures: setUpModule when the tests reach a module, tearDownModule when they leave it
        module = None
        module_failed = False
        for test in self._flat():
            if result.shouldStop:
                break
            cls = test.__class__
            if cls is not previous:
                if previous is not None and previous not in failed_classes:
                    self._tear_down_class(previous, result)
                if cls.__module__ != module:
                    if module is not None and not module_failed:
                        self._module_fixture(module, 'tearDownModule', result)
                    module = cls.__module__
                    module_failed = not self._module_fixture(module, 'setUpModule', result)
                previous = cls
                if module_failed or not self._set_up_class(cls, result):
                    failed_classes.add(cls)
            if cls in failed_classes:
                continue
            test(result)
        if previous is not None and previous not in failed_classes:
            self._tear_down_class(previous, result)
        if module is not None and not module_failed:
            self._module_fixture(module, 'tearDownModule', result)
        return result

    @staticmethod
    def _module_fixture(name, fixture, result):
        """Calls the module's setUpModule or tearDownModule if it has one; False when it failed. The module
        cleanups (addModuleCleanup) run after tearDownModule, or after a setUpModule that failed."""
        mod = sys.modules.get(name)
        fn = getattr(mod, fixture, None)
        ok = True
        if fn is not None:
            try:
                fn()
            except Exception as e:
                result.addError(_ErrorHolder('%s (%s)' % (fixture, name)), _exc_info(_clean(e)))
                ok = False
        if fixture == 'tearDownModule' or not ok:
            try:
                doModuleCleanups()
            except Exception as e:
                result.addError(_ErrorHolder('%s (%s)' % (fixture, name)), _exc_info(_clean(e)))
        return ok

    def _set_up_class(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return True
        setUpClass = getattr(cls, 'setUpClass', None)
        if setUpClass is None:
            return True
        try:
            setUpClass()
        except SkipTest as e:
            for test in self._flat():
                if test.__class__ is cls:
                    result.startTest(test)
                    result.addSkip(test, str(e))
                    result.stopTest(test)
            return False
        except Exception as e:
            result.addError(_ErrorHolder('setUpClass (%s)' % _strclass(cls)), _exc_info(_clean(e)))
            return False
        return True

    def _tear_down_class(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return
        tearDownClass = getattr(cls, 'tearDownClass', None)
        if tearDownClass is None:
            return
        try:
            tearDownClass()
        except Exception as e:
            result.addError(_ErrorHolder('tearDownClass (%s)' % _strclass(cls)), _exc_info(_clean(e)))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class _ErrorHolder:
    """Stands in for a test in an error report about a class fixture."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []
        self._top_level_dir = None
        # packages whose load_tests is running under discover(), so a discover() inside it does not call it again
        self._loading_packages = set()

    def getTestCaseNames(self, testCaseClass):
        names = [name for name in dir(testCaseClass)
                 if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name))]
        if self.sortTestMethodsUsing:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = __import__(parts[0])
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                return self.suiteClass([_FailedTest(part, e)])
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under START_DIR (a folder or a dotted package name) whose file name matches
        PATTERN, imported by their dotted names relative to TOP_LEVEL_DIR (default START_DIR, put on sys.path).
        A package with a load_tests function gets its tests from it and is not searched further."""
        import os
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        importable = True
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                importable = os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                module = sys.modules[start_dir]
                file = getattr(module, '__file__', None)
                if file is None:
                    if module.__name__ in sys.builtin_module_names:
                        raise TypeError('Can not use builtin modules as dotted module names') from None
                    raise TypeError(f"don't know how to discover from {module!r}") from None
                start_dir = os.path.abspath(os.path.dirname(file))
                if implicit_top:
                    top = sys.modules[module.__name__.split('.')[0]]
                    top_file = os.path.abspath(top.__file__)
                    self._top_level_dir = os.path.dirname(top_file)
                    if os.path.basename(top_file).startswith('__init__.py'):
                        self._top_level_dir = os.path.dirname(self._top_level_dir)
                    sys.path.remove(top_level_dir)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = list(self._discover_in(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(tests)

    def _dotted_name(self, path):
        import os
        if path == self._top_level_dir:
            return '.'
        path = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(path, self._top_level_dir)
        if os.path.isabs(relative) or relative.startswith('..'):
            raise AssertionError('Path must be within the project')
        return relative.replace(os.path.sep, '.')

    def _discover_in(self, folder, pattern):
        import os
        name = self._dotted_name(folder)
        if name != '.' and name not in self._loading_packages:
            tests, recurse = self._discover_path(folder, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(folder)):
            full = os.path.join(folder, entry)
            tests, recurse = self._discover_path(full, pattern)
            if tests is not None:
                yield tests
            if recurse:
                sub = self._dotted_name(full)
                self._loading_packages.add(sub)
                try:
                    yield from self._discover_in(full, pattern)
                finally:
                    self._loading_packages.discard(sub)

    def _import_for_discovery(self, name):
        # (the module, None) or (None, the suite standing for its skip or its failure to import)
        try:
            __import__(name)
            return sys.modules[name], None
        except SkipTest as e:
            reason = str(e)

            @skip(reason)
            def skipped(self):
                pass
            case = type('ModuleSkipped', (TestCase,), {name: skipped})
            return None, self.suiteClass((case(name),))
        except BaseException:
            import traceback
            message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
            self.errors.append(message)
            return None, self.suiteClass((_FailedTest(name, ImportError(message)),))

    def _discover_path(self, path, pattern):
        # (the tests of one file or package or None, whether to search the package's folder)
        import os
        import fnmatch
        base = os.path.basename(path)
        if os.path.isfile(path):
            if not (base.endswith('.py') and base[:-3].isidentifier()) or not fnmatch.fnmatch(base, pattern):
                return None, False
            name = self._dotted_name(path)
            module, failed = self._import_for_discovery(name)
            if module is None:
                return failed, False
            loaded_from = os.path.splitext(os.path.realpath(os.path.abspath(getattr(module, '__file__', path))))[0]
            if loaded_from.lower() != os.path.splitext(os.path.realpath(path))[0].lower():
                raise ImportError('%r module incorrectly imported from %r. Expected %r. Is this module globally '
                                  'installed?' % (os.path.splitext(base)[0], os.path.dirname(loaded_from),
                                                  os.path.dirname(path)))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(path):
            if not os.path.isfile(os.path.join(path, '__init__.py')):
                return None, False
            name = self._dotted_name(path)
            package, failed = self._import_for_discovery(name)
            if package is None:
                return failed, False
            has_load_tests = getattr(package, 'load_tests', None) is not None
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
            finally:
                self._loading_packages.discard(name)
            return tests, not has_load_tests
        return None, False


class _FailedTest(TestCase):
    """Stands for a name the loader could not find: running it reports the lookup's error."""
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure

    def id(self):
        return "unittest.loader._FailedTest.%s" % self._testMethodName

    def __str__(self):
        return "%s (unittest.loader._FailedTest.%s)" % (self._testMethodName, self._testMethodName)


defaultTestLoader = TestLoader()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        return _pytk.format_exception(err[1])

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            is_failure = issubclass(err[0], test.failureException)
            errors = self.failures if is_failure else self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (_strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            is_failure = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._write_status(subtest, "FAIL" if is_failure else "ERROR")
            elif self.dots:
                self.stream.write('F' if is_failure else 'E')
                self.stream.flush()
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self.stream.write('.')
            self.stream.flush()

    def addError(self, test, err):
        super().addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self.stream.write('E')
            self.stream.flush()

    def addFailure(self, test, err):
        super().addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self.stream.write('F')
            self.stream.flush()

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self.stream.write("s")
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False, durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        stop = time.perf_counter()
        time_taken = stop - start
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", time_taken))
        self.stream.writeln()
        expected_fails = len(result.expectedFailures)
        unexpected_successes = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0 and not skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    """`unittest.main()`: loads the tests of a module (or the names given in argv), runs them, exits."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=None,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None,
                 *, tb_locals=False, durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast or False
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader if testLoader is not None else defaultTestLoader
        self.progName = argv[0] if argv else 'python -m unittest'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg.startswith('-'):
                continue
            else:
                names.append(arg)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        elif self.defaultTest is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        elif isinstance(self.defaultTest, str):
            self.test = self.testLoader.loadTestsFromNames([self.defaultTest], self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.defaultTest, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and len(self.result.skipped) == 0:
                sys.exit(5)
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Schedules function(*args, **kwargs) to run after the module's tearDownModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enters context manager CM; its exit runs as a module cleanup. Returns what __enter__ returned."""
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                        f"context manager protocol") from None
    result = enter(cm)
    addModuleCleanup(exit, cm, None, None, None)
    return result


def doModuleCleanups():
    """Runs the module cleanups, last added first; the first exception they raised is raised after all ran."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    if errors:
        raise errors[0]


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and async cleanups are coroutines, each test
    run in an event loop of its own (made when the test starts, closed when it ends)."""

    loop_factory = None

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioLoop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                            f"asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _await(self, value):
        import asyncio
        if asyncio.iscoroutine(value) or hasattr(value, '__await__'):
            async def wait():
                return await value
            return self._asyncioLoop.run_until_complete(wait())
        return value

    def _callSetUp(self):
        self.setUp()
        self._await(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._await(method()) is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a test case ({method})',
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._await(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        self._await(function(*args, **kwargs))

    def run(self, result=None):
        import asyncio
        loop = self.loop_factory() if self.loop_factory is not None else asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._asyncioLoop = loop
        try:
            return super().run(result)
        finally:
            self._asyncioLoop = None
            try:
                for task in list(getattr(loop, '_tasks', ())):
                    task.cancel()
                loop.close()
            finally:
                asyncio.set_event_loop(None)

    def debug(self):
        import asyncio
        self._asyncioLoop = asyncio.new_event_loop()
        try:
            self._callSetUp()
            self._callTestMethod(getattr(self, self._testMethodName))
            self._callTearDown()
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                self._callCleanup(function, *args, **kwargs)
        finally:
            self._asyncioLoop.close()
            self._asyncioLoop = None
