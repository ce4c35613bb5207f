import unittest
raise unittest.SkipTest('not on this platform')
