# Checks (realistic): string reversal and palindrome detection with cleaning of non-letters.
def reverse(s):
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out

def clean(s):
    result = []
    for ch in s.lower():
        if ch.isalpha() or ch.isdigit():
            result.append(ch)
    return "".join(result)

def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]

phrases = [
    "racecar",
    "A man, a plan, a canal: Panama",
    "hello",
    "Was it a car or a cat I saw?",
    "No lemon, no melon",
    "ferropy",
    "",
    "12321",
]
for p in phrases:
    print(repr(p), reverse(p) == p[::-1], is_palindrome(p))
count = 0
for n in range(1, 1000):
    if str(n) == reverse(str(n)):
        count += 1
print("numeric palindromes below 1000:", count)
print(reverse("stressed"), clean("Hi! 2 U"))
