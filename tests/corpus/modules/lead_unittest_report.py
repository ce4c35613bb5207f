import unittest

class TestMath(unittest.TestCase):
    def setUp(self):
        self.x = 2
    def test_add(self):
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual(self.x * 3, 7, "mult")
    def test_error(self):
        {}["k"]
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
    def test_true(self):
        self.assertTrue(0)
    def test_in(self):
        self.assertIn(3, [1, 2])
    @unittest.expectedFailure
    def test_xf(self):
        self.assertEqual(1, 2)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

if __name__ == "__main__":
    unittest.main(argv=["lead_unittest_report"])
