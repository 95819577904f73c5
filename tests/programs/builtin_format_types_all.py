# format(): every type letter (b c d e E f F g G n o s x X %) on ints and floats, with flags
ints = [0, 7, -42, 255, 65, 10**20]
for t in ['b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '']:
    row = []
    for i in ints:
        if t == 'c' and (i < 0 or i > 0x10ffff):
            continue
        row.append(format(i, t))
    print(t, row)
floats = [0.0, -0.0, 1.5, 1234.5678, 1e-7, 1e16, 123456789.0, float('inf'), float('nan'), -2.5]
for t in ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '', '.3', '.3e', '.0f', '.0e', '#.0f', '#g', '.10g', '#.3g']:
    print(repr(t), [format(f, t) for f in floats])
for spec in ['#b', '#o', '#x', '#X', '+d', ' d', '-d', '08b', '#010x', '_b', '_x', ',d', '_d', '+08,d']:
    print(spec, [format(i, spec) for i in [0, 5, -5, 123456789]])
for bad in [(1.5, 'd'), (1.5, 'x'), ('s', 'd'), (5, 's'), (1.5, 'c'), (-1, 'c'), (5, ',c'), (5, '#c'),
            (1.5, '#n'), ('x', '+'), ('x', '='), (5, 'z'), (5, '.2d'), (5, ',n'), (5, '_,d')]:
    try:
        print(format(*bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, bad, e)
