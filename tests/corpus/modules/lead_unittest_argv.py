"""unittest.main() with the program's arguments as test names (regen passes arg1 arg2: not tests here)."""
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)


if __name__ == "__main__":
    unittest.main()
