# unittest's module fixtures: setUpModule runs before the first test of a module, tearDownModule after its
# last; a failing setUpModule is reported once and the module's tests do not run.
import sys
import types
import unittest


def setUpModule():
    print('setUpModule', __name__)


def tearDownModule():
    print('tearDownModule', __name__)


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass A')

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass A')

    def test_one(self):
        print('A.test_one')

    def test_two(self):
        print('A.test_two')


class B(unittest.TestCase):
    def test_three(self):
        print('B.test_three')


broken = types.ModuleType('broken_fixture_module')


def failing_setup():
    print('setUpModule broken_fixture_module')
    raise RuntimeError('no database')


broken.setUpModule = failing_setup
broken.tearDownModule = lambda: print('never printed')
sys.modules['broken_fixture_module'] = broken


class C(unittest.TestCase):
    def test_never(self):
        print('C.test_never')


C.__module__ = 'broken_fixture_module'

loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(A), loader.loadTestsFromTestCase(B),
                            loader.loadTestsFromTestCase(C)])
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'errors', [str(test) for test, _ in result.errors])
print(result.errors[0][1].strip().splitlines()[-1])
