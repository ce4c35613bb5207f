import unittest


class Three(unittest.TestCase):
    def test_d(self):
        from tests_pkg import lt
        self.assertEqual(lt.calls, ['test*.py'])
