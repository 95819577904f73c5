# Checks (realistic): balanced bracket checker using a list as a stack; reporting the failure position.
PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return "unexpected " + ch + " at " + str(i)
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return "mismatch " + top + ch + " at " + str(i)
    if stack:
        return "unclosed " + stack[-1][0] + " at " + str(stack[-1][1])
    return "ok"
tests = ["", "()", "([]{})", "((())", "(]", "a(b[c]d)e", "}{", "[(])", "{[()()]}", "(((", "x)"]
for t in tests:
    print(repr(t), check(t))
def max_depth(s):
    depth = best = 0
    for ch in s:
        if ch == "(":
            depth += 1
            best = max(best, depth)
        elif ch == ")":
            depth -= 1
    return best
print(max_depth("(()(()))"), max_depth("()()"), max_depth(""))
