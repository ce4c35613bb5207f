import os
import unittest

calls = []


class InInit(unittest.TestCase):
    def test_init(self):
        pass


def load_tests(loader, standard_tests, pattern):
    calls.append(pattern)
    here = os.path.dirname(__file__)
    standard_tests.addTests(loader.discover(start_dir=here, pattern=pattern))
    return standard_tests
