# re on non-ASCII text: \w excludes combining marks (as str.isalnum), \d is Unicode decimal
# digits, \s Unicode spaces, IGNORECASE with special cases (ß, İ, σ/ς/Σ, the Kelvin sign),
# ASCII flag, bytes patterns, and _sre's case helpers.
import re, _sre

print(re.findall(r'\w+', 'हिन्दी भाषा'))
print(re.findall(r'\w+', 'naïve café über straße'))
print(re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d+', 'a١٢٣b٤c 12 ３４'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\u3000d\x1ce'))
print(re.findall(r'(?i)σ+', 'ΣσςΣ'), re.findall(r'(?i)k', 'Kk\u212a'))
print(re.findall(r'(?i)ß', 'ßẞSS'), re.findall(r'(?i)i', 'iIİı'))
print(re.findall(r'(?i)[α-ω]+', 'ΑΒΓ δεζ'), re.findall(r'(?ia)k', 'Kk\u212a'))
print(re.sub(r'(?i)ǆ', '-', 'ǄǅǆDž'))
print(re.fullmatch(r'[^\W\d]+', 'Ωmega'), re.fullmatch(r'\W+', '→★'))
print(re.findall(rb'\w+', 'naïve'.encode()), re.findall(rb'(?i)AB', b'ab Ab aB'))
print(_sre.unicode_tolower(0x130), _sre.unicode_tolower(0x3a3), _sre.unicode_iscased(0xdf),
      _sre.unicode_iscased(0x2c), _sre.ascii_tolower(ord('Q')), _sre.ascii_iscased(0xe9))
print(re.search(r'\b\w+\b', '¿¡hola!?').group(), re.split(r'\W+', 'día—noche…fin'))
