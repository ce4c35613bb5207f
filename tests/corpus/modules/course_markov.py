import random
import textwrap
from collections import defaultdict

corpus = ('the cat sat on the mat the dog sat on the log the cat saw the dog '
          'and the dog saw the cat on the mat by the log').split()
chain = defaultdict(list)
for a, b, c in zip(corpus, corpus[1:], corpus[2:]):
    chain[(a, b)].append(c)
rng = random.Random(42)
state = ('the', 'cat')
out = list(state)
for _ in range(40):
    nxt = chain.get(state)
    if not nxt:
        break
    word = rng.choice(nxt)
    out.append(word)
    state = (state[1], word)
print(textwrap.fill(' '.join(out), 50))
print(len(chain), sorted(chain)[:3])
