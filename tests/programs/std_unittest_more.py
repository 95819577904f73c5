# unittest: subTest, setUpClass/tearDownClass, expectedFailure, assertRaisesRegex, assertCountEqual, errors; tempfile.mkdtemp.
import unittest, io, re, tempfile, os
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
    @classmethod
    def tearDownClass(cls):
        os.rmdir(cls.dir)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)
    def test_regex(self):
        with self.assertRaisesRegex(ValueError, "bad.*value"):
            raise ValueError("a bad int value")
    def test_dir(self):
        self.assertTrue(os.path.isdir(self.dir))
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsInstance(self.dir, str)
        self.assertNotIn("x", "abc")
    def test_error(self):
        raise KeyError("nope")
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = re.sub(r"in [\d.]+s", "in Xs", buf.getvalue())
out = re.sub(r'File ".*", line \d+', 'File "X", line N', out)
print(out)
print(r.testsRun, len(r.failures), len(r.errors), len(r.expectedFailures), r.wasSuccessful())
