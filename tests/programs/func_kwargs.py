# Checks: calling with keyword arguments in any order, mixing positional and keyword, errors for bad keywords.
def describe(name, age, city="nowhere"):
    return name + " (" + str(age) + ") from " + city
print(describe("Ann", 30))
print(describe(name="Bob", age=25))
print(describe(age=40, name="Cy"))
print(describe("Di", city="Oslo", age=22))
print(describe("Ed", 50, city="Rome"))
def box(width=1, height=1, depth=1):
    return width * height * depth
print(box(), box(2), box(height=3), box(depth=4, width=2), box(2, depth=5))
print(sorted([3, 1, 2], reverse=True), max([1, -5, 3], key=abs))
print("a", "b", "c", sep="-")
print("x", "y", sep="", end="|\n")
print("no newline", end="")
print(" <- same line")
print(end="")
print("multi", "sep", sep=", ", end=".\n")
print()
try:
    describe("Fay", 1, town="Paris")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("Gus", 1, name="again")
except TypeError as e:
    print("TypeError:", e)
try:
    describe(age=3)
except TypeError as e:
    print("TypeError:", e)
