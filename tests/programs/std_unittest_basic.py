# unittest: a small TestCase suite run with a text runner; output as CPython's (timing removed).
import unittest, io, re
class MathTests(unittest.TestCase):
    def setUp(self):
        self.data = [3, 1, 2]
    def test_sorted(self):
        self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_in(self):
        self.assertIn(2, self.data)
        self.assertTrue(len(self.data) == 3)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_fails(self):
        self.assertEqual(1 + 1, 3, "math is broken")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertDictEqual({"a": 1}, {"a": 1})
buf = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(MathTests)
result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", buf.getvalue())
out = re.sub(r'File ".*", line \d+', 'File "X", line N', out)
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
