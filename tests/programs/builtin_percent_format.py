# printf-style % formatting: conversions, flags, * width/precision, mapping keys, errors
print('%d %i %u %o %x %X %e %E %f %F %g %G %c %r %s %a %%' % (42, -7, 3, 8, 255, 255, 12345.678, 0.00012, 1.5, 2.25, 1e-5, 1e20, 65, 'q', 'q', 'é'))
print('%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|' % (42, 42, 42, 42, 42, -42, 42))
print('%#o %#x %#X %#5x %-#8o|' % (8, 255, 255, 10, 8))
print('%.2f %.0f %#.0f %10.3f %-10.1f| %.3e %.2g %#.3g %.0e' % (3.14159, 2.5, 2.5, 1.0, 2.0, 123456.0, 0.0001234, 1.0, 5e10))
print('%*d|%-*d|%.*f|%*.*f|' % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print('%(name)s is %(age)03d, %(name)r' % {'name': 'Ann', 'age': 7})
print('%s' % 'single', '%s' % ([1, 2],), '%s %s' % (1, (2, 3)), '%s' % {'a': 1})
print('%c%c' % ('x', 0x263A), '%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'), '%x' % -255, '%o' % -8)
print(b'%d-%s-%b-%x-%c-%r' % (5, b'bs', b'bb', 255, 65, b'r'), b'%5.1f%%' % 12.345)
print('%d' % 3.99, '%x' % True, '%s' % None, '%.3s' % None, '%i' % 10**25, '%e' % 10**25)
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%c', 'ab'),
                  ('%c', 0x110000), ('%x', 1.5), ('%', ()), ('%(a', {'a': 1}), ('%*d', ('a', 1)), ('%s %(a)s', {'a': 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, repr(fmt), e)
print('%s and %%s' % 'a', '100%%' % (), '%-06.2f|' % 3.14159, '%+.1e' % -0.0, '% .3f' % 1)
