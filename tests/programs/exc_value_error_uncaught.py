# Checks: uncaught user-raised ValueError with a message, raised after partial output.
def parse_age(text):
    n = int(text)
    if n < 0:
        raise ValueError("age cannot be negative: " + text)
    return n
for t in ["12", "0", "-4", "30"]:
    print("parsed", parse_age(t))
print("never printed")
