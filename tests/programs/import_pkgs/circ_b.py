# Helper: imports circ_a while circ_a is still running.
print("circ_b: start")
from import_pkgs import circ_a
print("circ_b: sees circ_a.A1 =", circ_a.A1, "has A2:", hasattr(circ_a, "A2"))
B = "b"
