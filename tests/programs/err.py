Traceback (most recent call last):
  File "/tmp/bt/set_all_operators.py", line 6, in <module>
    print(sorted(a.union(b, [9], 'x')), sorted(a.intersection(b, [4, 3])), sorted(a.difference([1], (2,))),
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
TypeError: '<' not supported between instances of 'str' and 'int'
