# csv: DictReader (fieldnames from the first row or given, restkey/restval), DictWriter
# (writeheader, extrasaction), dialect registration and lookup, Dialect classes and their
# validation errors, csv.Error cases, Sniffer.
import csv
import io

data = "id,name,score\n1,Ann,90\n2,Bob\n3,Cy,70,extra,more\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row)
dr = csv.DictReader(io.StringIO("1;2\n3;4\n"), fieldnames=["a", "b", "c"], restval="-", delimiter=";")
print(list(dr))
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n"), restkey="rest")
print(list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], lineterminator="\n")
dw.writeheader()
dw.writerow({"x": 1, "y": "two"})
dw.writerow({"x": 3})
dw.writerows([{"y": 5, "x": 4}])
print(repr(out.getvalue()))
try:
    dw.writerow({"x": 1, "z": 2})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(io.StringIO(), ["x"], extrasaction="ignore")
dw2.writerow({"x": 1, "z": 2})
try:
    csv.DictWriter(io.StringIO(), ["x"], extrasaction="bad")
except ValueError as e:
    print("ValueError:", e)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.doublequote, d.escapechar, d.skipinitialspace, d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.getvalue()))
print(list(csv.reader(['"a"|"b"'], "pipes")))
csv.unregister_dialect("pipes")
for f in [lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes")]:
    try:
        f()
    except csv.Error as e:
        print("Error:", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", "c"])
print(repr(out.getvalue()), csv.excel.delimiter, csv.excel_tab.delimiter == "\t", csv.unix_dialect.lineterminator == "\n")
for kw in [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 9}, {"quotechar": None},
           {"lineterminator": 5}, {"bogus": 1}]:
    try:
        csv.writer(io.StringIO(), **kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)
for lines, kw in [(['a,"b'], {"strict": True}), (['"a"x'], {"strict": True}), (["a\0b"], {}),
                  ([b"bytes"], {}), (["a\rb"], {})]:
    try:
        print(list(csv.reader(lines, **kw)))
    except csv.Error as e:
        print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error:", e)
csv.field_size_limit(131072)
sn = csv.Sniffer()
dialect = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(dialect.delimiter), sn.has_header("name,age\nAnn,30\nBob,25\n"))
