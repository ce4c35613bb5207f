"""unittest driven from code: suites, loaders, results, fixtures order, skips, subTest, assert messages."""
import io
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        """Second in name order."""
        log.append("b")

    def test_a(self):
        log.append("a")
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"wor")
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")

    def test_c_fails(self):
        self.assertEqual({"a": 1}, {"a": 1})
        self.assertGreater(1, 2, "one is small")

    @unittest.skipIf(True, "always skipped")
    def test_d_skipped(self):
        log.append("never")

    def test_e_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                if i % 2:
                    self.fail(f"odd {i}")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class Errors(unittest.TestCase):
    def test_error(self):
        raise KeyError("boom")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(Fixtures))
suite.addTest(Skipped("test_x"))
suite.addTests(loader.loadTestsFromTestCase(Errors))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(log)
for test, text in result.failures + result.errors:
    print("--", test)
    print(text.strip().splitlines()[-1])
for test, reason in result.skipped:
    print("skip", test.id(), reason)
lines = stream.getvalue().splitlines()
print("\n".join(l for l in lines if " ... " in l or l.startswith(("FAIL", "ERROR", "OK"))))
print(repr(Fixtures("test_a")), str(Fixtures("test_b")), Fixtures("test_b").shortDescription(), Fixtures("test_a").id())
try:
    Fixtures("test_zzz")
except ValueError as e:
    print(e)
t = unittest.TestCase()
for check in (lambda: t.assertIn(3, [1, 2]), lambda: t.assertIsNone(0), lambda: t.assertIsInstance(1, str),
              lambda: t.assertNotAlmostEqual(1.0, 1.0), lambda: t.assertLessEqual(3, 2, "msg"),
              lambda: t.assertRaises(ValueError, int, "5"), lambda: t.assertSetEqual({1, 2}, {2, 3})):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
