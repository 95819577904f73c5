# str.encode with codecs and error handlers; bytes.decode round trips; error positions in exceptions
s = 'aé€😀'
for enc in ['utf-8', 'utf-16-le', 'utf-16', 'utf-32-be', 'latin-1', 'ascii', 'cp1252']:
    for errors in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b)
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e.start, e.end, e.reason)
print(s.encode(), s.encode(encoding='utf-8', errors='strict') == s.encode('utf8'), 'x'.encode('UTF_8'), 'é'.encode('Latin1'))
for data, enc in [(b'\xe9', 'utf-8'), (b'\xc3', 'utf-8'), (b'\x80', 'ascii'), (b'\xff\xfe', 'utf-16-le'), (b'a\xed\xa0\x80', 'utf-8')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print("LookupError:", e)
try:
    'x'.encode('utf-8', 'bogus-handler')
    print('unused handler not checked')
except LookupError as e:
    print("LookupError:", e)
try:
    'é'.encode('ascii', 'bogus-handler')
except LookupError as e:
    print("LookupError:", e)
print(str(b'abc', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(bytearray(b'hi'), encoding='utf-8'), str(b'x'))
