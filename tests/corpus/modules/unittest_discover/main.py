# unittest.TestLoader.discover: files matching the pattern, packages searched recursively, a package's
# load_tests called once (a discover() inside it does not call it again), import failures as failing tests
import os
import re
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))


def names(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from names(test)
        else:
            yield test.id()


loader = unittest.TestLoader()
suite = loader.discover(os.path.join(here, 'tests_pkg'), pattern='test*.py', top_level_dir=here)
for name in sorted(names(suite)):
    print(re.sub(r'^unittest(\.loader)?\.', '', name))
print(len(loader.errors), [e.splitlines()[0] for e in loader.errors])
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print(here in sys.path)
suite = unittest.TestLoader().discover(os.path.join(here, 'tests_pkg', 'sub'), pattern='*_two.py', top_level_dir=here)
print(sorted(names(suite)))
try:
    unittest.TestLoader().discover(os.path.join(here, 'no_such_dir'), top_level_dir=here)
except ImportError as e:
    print('ImportError', os.path.basename(str(e)))
