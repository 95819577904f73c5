# Checks: format-spec corners: fill/align, sign, '#', grouping, '%', 'n', 'c', 'g'.
print(format(1234567, ","), format(1234567, "_x"), format(255, "#010b"), format(-3, "=+6"))
print(format(0.125, ".1%"), format(65, "c"), format(1e-5, "g"), format(123456789.0, ".3g"))
print(format("ab", "*^7"), format(3.5, "+.2e"), format(-0.0, "f"), format(12, "n"))
print(f"{3.14159:{'>'}{10}.{3}f}|", f"{'x'!r:>5}", f"{10:#o} {10:#X}")
