# csv: reader over lists and StringIO (quoting, doubled quotes, embedded newlines, delimiters,
# skipinitialspace, escapechar, QUOTE_NONNUMERIC), line_num, and writer output for every
# quoting mode, None and numbers, lineterminator, writerows.
import csv
import io

rows = list(csv.reader(['a,b,c', '1,"two, too","say ""hi"""', '', 'x,,"",z']))
print(rows)
text = 'name,notes\r\n"Ann","line1\r\nline2"\r\nBob,plain\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a\\,b,c\\\\d"], escapechar="\\")))
print(list(csv.reader(['1,2.5,"x",-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(['"a"b,"c'])))
print(list(csv.reader(['a\tb\t"c\td"'], dialect="excel-tab")))
print(list(csv.reader(['a,"b', 'c",d'])))
print(list(csv.reader(['a,b"c', '"'], quoting=csv.QUOTE_NONE)))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'say "hi"', "line\nbreak", None, 1, 2.5, True, ""])
w.writerow([])
w.writerow([""])
w.writerow(["", ""])
w.writerows([[1, 2], (3, 4), "xy"])
print(repr(out.getvalue()))
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    out = io.StringIO()
    csv.writer(out, quoting=q, lineterminator="\n").writerow(["a", 1, 2.0, None, "b c"])
    print(q, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="|")
w.writerow(["a,b", 'q"q', "e\\e"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, doublequote=False, escapechar="\\").writerow(['he said "x"'])
print(repr(out.getvalue()))
print(csv.writer(io.StringIO()).writerow(["abc", "de"]))
