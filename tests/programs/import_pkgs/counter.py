# Helper: module-level code must run once however often it is imported.
print("counter module body runs")
count = 0


def bump():
    global count
    count += 1
    return count
