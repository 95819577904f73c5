# Helper: circular import that works (names used after both modules finished).
print("circ_a: start")
A1 = "a1"
from import_pkgs import circ_b
A2 = "a2"
print("circ_a: end, circ_b.B =", circ_b.B)
