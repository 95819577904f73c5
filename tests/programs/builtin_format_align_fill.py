# format(): fill characters, the four alignments, width, sign-aware zero padding, grouping, precision on str
for spec in ['<10', '>10', '^10', '=10', '*<10', '*>10', '*^10', '*=10', '0=10', '010', '^11', 'x^9', '→^9']:
    for v in [42, -42, 3.5]:
        print(repr(spec), repr(format(v, spec)))
for spec in ['<8', '>8', '^8', '.2', '^8.3', '_<6', '10.0', '']:
    print(repr(spec), repr(format('héllo', spec)))
print(repr(format('ab', '^5')), repr(format('ab', '^6')), repr(format('abc', '^6')))
for spec in [',', '_', ',.2f', '_.3f', '015,.2f', '0=15,d', ',e', '_g', '+,', ' ,']:
    print(repr(spec), format(1234567.891, spec) if 'd' not in spec else format(1234567, spec))
print(format(1234567, '_x'), format(2**40, '_b'), format(-2**40, '_o'), format(10**12, '020,'))
print(format(-0.0, '+'), format(0.0, '+'), format(-0.0, '.1f'), format(-0.001, '.1f'), format(-0.001, 'z.1f') if False else '')
print(f"{3.14159:{'*'}^{12}.{3}f}", f"{'x'!r:>5}", f"{255:#0{10}x}")
for bad in ['=<5', '<<<5', '5.5.5', '.', ',_', '__', '-5s', '=10s']:
    try:
        print(repr(format('abc', bad)))
    except ValueError as e:
        print("ValueError", repr(bad), e)
try:
    format(1, 'abc' * 40)
except ValueError as e:
    print("ValueError", e)
