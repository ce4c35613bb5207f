"""Normalizes a debugger session's output (regen.sh runs it on CPython's, the test does the same on pytk's):
the corpus folder's path (argv[1]) is dropped, object addresses become 0x..., and the `where` entry of bdb's
own run() frame (and its source line, which CPython shows and pytk's shipped bdb does not) is dropped."""
import re
import sys

text = sys.stdin.read().replace(sys.argv[1], '')
text = re.sub(r'0x[0-9a-f]+', '0x...', text)
out = []
skip_source = False
for line in text.splitlines(True):
    if skip_source and line.startswith('-> exec(cmd, globals, locals)'):
        skip_source = False
        continue
    skip_source = False
    if re.search(r'bdb\.py\(\d+\)run\(\)$', line.rstrip('\n')):
        prefix = line[:line.index('(Pdb)') + 6] if line.startswith('(Pdb)') else ''
        out.append(prefix) if prefix else None
        skip_source = True
        continue
    out.append(line)
sys.stdout.write(''.join(out))
