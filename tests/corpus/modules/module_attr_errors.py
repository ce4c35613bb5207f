import itertools, functools, operator, collections, re, io, os, string, textwrap, fractions, json, math, random, heapq

for mod, name in [(itertools, 'imap'), (functools, 'nothing'), (operator, 'idiv'), (collections, 'Mapping'),
                  (re, 'Scanner2'), (io, 'Nope'), (os, 'nope'), (string, 'maketrans'), (textwrap, 'nope'),
                  (fractions, 'gcd'), (json, 'nope'), (math, 'nope'), (random, 'nope'), (heapq, 'nope')]:
    try:
        getattr(mod, name)
    except AttributeError as e:
        print('AttributeError', e)
for stmt in ['from itertools import izip', 'from string import letters', 'import os.nope']:
    try:
        exec_ok = False
        if stmt.startswith('from'):
            mod, _, name = stmt[5:].partition(' import ')
            __import__(mod, fromlist=[name])
            getattr(__import__(mod), name)
        else:
            __import__(stmt[7:])
    except AttributeError as e:
        print('AttributeError', e)
    except ImportError as e:
        print(type(e).__name__, e)
print(hasattr(os.path, 'join'), callable(re.compile), 'deque' in dir(collections), 'chain' in dir(itertools))
