# input() with stdin at end of file raises EOFError; the prompt is written first
import sys
try:
    input('prompt> ')
except EOFError as e:
    print()
    print("EOFError:", e)
print(sys.stdin.read(), repr(sys.stdin.readline()))
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
input()
