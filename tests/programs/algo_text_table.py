# Checks (realistic): parsing a CSV-like text, converting fields, aggregating per group and printing a padded table.
raw = """name,dept,salary,years
ann,eng,120,5
bob,ops,80,3
cy,eng,100,2
di,sales,70,7
ed,ops,95,10
fay,eng,130,8"""
lines = raw.split("\n")
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = line.split(",")
    row = {}
    for i in range(len(header)):
        row[header[i]] = fields[i]
    row["salary"] = int(row["salary"])
    row["years"] = int(row["years"])
    rows.append(row)
print(header, len(rows))
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = 0
    for m in members:
        total += m["salary"]
    avg = total / len(members)
    names = []
    for m in members:
        names.append(m["name"])
    print(dept.upper(), len(members), total, round(avg, 2), ",".join(names))
def pad(s, width):
    s = str(s)
    return s + " " * (width - len(s))
for r in sorted(rows, key=lambda r: (-r["salary"], r["name"])):
    print("|" + pad(r["name"], 5) + "|" + pad(r["dept"], 6) + "|" + pad(r["salary"], 4) + "|")
senior = []
for r in rows:
    if r["years"] >= 5:
        senior.append(r["name"])
print("senior:", senior)
