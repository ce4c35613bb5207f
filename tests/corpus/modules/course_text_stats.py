import re
import string
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it
was the season of Darkness, it was the spring of hope, it was the winter of despair."""
sentences = re.split(r'(?<=[.!?])\s+', TEXT.strip())
words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(sentences), len(words), len(counts))
for word, n in counts.most_common(5):
    print(f'{word:<8}{n:>3} {"*" * n}')
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
print(''.join(c for c, _ in letters.most_common(6)), sum(letters.values()))
longest = max(words, key=lambda w: (len(w), w))
print(longest, sorted({w for w in words if len(w) > 7}))
print(textwrap.fill(' '.join(w.capitalize() for w in words[:24]), width=40, initial_indent='  ', subsequent_indent='  '))
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
caps = re.sub(r'\b(\w)', lambda m: m.group(1).upper(), 'season of light')
print(caps, string.capwords('season of  darkness'))
