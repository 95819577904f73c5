# Checks: concatenation, repetition, indexing, slicing with steps, len, in, comparisons.
s = "Hello, World"
print(s + "!", s * 2, 3 * "ab", "x" * 0, "y" * -2)
print(len(s), s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[::2], s[1::3])
print(s[::-1], s[-1:-6:-1], s[10:2:-2], s[100:], s[-100:3], s[5:2])
print("World" in s, "world" in s, "" in s, "lo, W" not in s)
print("apple" < "banana", "apple" == "apple", "Apple" < "apple", "b" > "abc")
print(max("hello"), min("hello"), sorted("hello"), list("abc"))
t = ""
for ch in "abc":
    t = ch + t
print(t)
count = 0
for ch in s:
    if ch in "aeiouAEIOU":
        count += 1
print("vowels", count)
print("a" + str(1) + str(2.5) + str(None))
print(s[len(s) - 1], s[-len(s)])
print("abc" * 3 == "abcabcabc", "ab" + "c" == "abc")
print(ord("A"), ord("a"), chr(65), chr(97 + 25), chr(8364))
try:
    print(s[50])
except IndexError as e:
    print("IndexError", e)
