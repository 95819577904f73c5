# int.bit_length, bit_count and their behaviour on negatives, zero, bools and huge ints
for n in [0, 1, -1, 2, 7, 8, 255, 256, -256, -257, 2**63 - 1, 2**63, -2**63, 2**64, 10**50, -(10**50)]:
    print(n, n.bit_length(), n.bit_count())
print(True.bit_length(), False.bit_length())
big = 1 << 1000
print(big.bit_length(), (big - 1).bit_length(), (-big).bit_length())
print((3**500).bit_count())
class I(int):
    pass
print(I(1023).bit_length(), type(I(5).bit_length()))
try:
    int.bit_length(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
