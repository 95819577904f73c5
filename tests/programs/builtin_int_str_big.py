# sys.set_int_max_str_digits; str() and int() of 10,000-digit ints stay quick; round trips and digit counts
import sys
import time
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int('1' * 5000)
except ValueError as e:
    print("ValueError:", e)
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
try:
    str(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
n = 7 ** 11830
t = time.perf_counter()
s = str(n)
print(len(s), s[:20], s[-20:])
m = int(s)
print(m == n, (n * n) % 1000007)
h = hex(n)
print(len(h), int(h, 16) == n)
b = bin(3 ** 5000)
print(len(b), int(b, 0) == 3 ** 5000)
print(len(str(-n)), str(-n)[:5])
print(len(format(10 ** 4000, ',')))
assert time.perf_counter() - t < 5
print(sum(int(c) for c in str(2 ** 10000)))
