# unicodedata.bidirectional and the Unicode 3.2 view stringprep checks for, so idna encoding works.
import stringprep, encodings.idna
print(stringprep.in_table_b1("\xad"), stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"))
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
import unicodedata
print([unicodedata.bidirectional(c) for c in "aA1 \u05d0\u0627\u0661,.+\u0300\u200f\U000e0001\u0378"])
