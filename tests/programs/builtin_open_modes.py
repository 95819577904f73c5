# open(): modes w/r/a/x/rb/wb/ab/r+, with-blocks, line iteration, readline(s), seek/tell, encoding utf-8, errors
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('héllo\n'), f.write('line 2\nline 3'), f.mode, f.closed, f.name == p)
print(f.closed)
with open(p, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, 'a', encoding='utf-8') as f:
    f.write('\nappended\n')
with open(p, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), f.readlines())
with open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read(3)), f.tell() > 0, repr(f.read()))
    f.seek(0)
    print(repr(f.read(5)))
with open(p, 'rb') as f:
    data = f.read()
    print(type(data).__name__, data[:7], len(data))
with open(p, 'rb') as f:
    print(list(f)[:2], f.mode)
with open(p, 'wb') as f:
    print(f.write(b'\x00\x01bin\n'), f.write(bytearray(b'more')))
with open(p, 'ab') as f:
    f.write(b'!')
with open(p, 'rb') as f:
    f.seek(2)
    print(f.read(), f.tell())
with open(p, 'r+', encoding='utf-8') as f:
    f.write('XY')
    f.seek(0)
    print(repr(f.read()))
try:
    open(p, 'x')
except FileExistsError as e:
    print("FileExistsError", e.errno)
for args in [(p, 'rw'), (p, 'q'), (p, 'rb', -1, 'utf-8')]:
    try:
        open(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(os.path.join(d, 'missing.txt'))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
with open(p, 'w') as f:
    f.writelines(['a\n', 'b\n'])
try:
    f.write('x')
except ValueError as e:
    print("ValueError:", e)
with open(p) as f:
    try:
        f.write('no')
    except Exception as e:
        print(type(e).__name__, e)
    print(f.read().splitlines(), f.readable(), f.writable())
with open(p, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print("TypeError:", e)
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
