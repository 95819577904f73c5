# enumerate() with start values beyond 64 bits, crossing 2**63, negative and via __index__
print(list(enumerate('ab', 2**64)), list(enumerate('abc', 2**63 - 2)), list(enumerate('ab', -2**70)))
class I:
    def __index__(self): return 7
print(list(enumerate('a', I())), list(enumerate('ab', True)))
e = enumerate('xy', 9223372036854775807)
print(next(e), next(e))
