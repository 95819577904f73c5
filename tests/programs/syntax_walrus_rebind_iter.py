# An assignment expression may not rebind a comprehension's iteration variable.
print("never printed")
values = [i := 0 for i in range(3)]
