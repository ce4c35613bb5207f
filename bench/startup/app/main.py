"""Imports all modules of appkg and prints one result line from each."""
from appkg import mod1
from appkg import mod2
from appkg import mod3
from appkg import mod4
from appkg import mod5
from appkg import mod6
from appkg import mod7
from appkg import mod8
from appkg import mod9
from appkg import mod10
from appkg import mod11
from appkg import mod12
from appkg import mod13
from appkg import mod14
from appkg import mod15
from appkg import mod16
from appkg import mod17
from appkg import mod18

import sys
if '--imports-only' in sys.argv:
    raise SystemExit

for m in (mod1, mod2, mod3, mod4, mod5, mod6, mod7, mod8, mod9, mod10, mod11, mod12, mod13, mod14, mod15, mod16, mod17, mod18):
    name = m.__name__.split('.')[-1]
    print(name, getattr(m, 'run_' + name[3:])())
