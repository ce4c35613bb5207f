from collections import Counter, defaultdict

words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = defaultdict(list)
for w in words:
    groups[''.join(sorted(w))].append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
print(Counter('listen') == Counter('silent'), Counter('aab') - Counter('ab'), Counter('banana').most_common(2))


def can_build(note, magazine):
    return not (Counter(note) - Counter(magazine))


print(can_build('aa', 'aab'), can_build('abc', 'ab'))
votes = Counter()
for ballot in ['alice', 'bob', 'alice', 'carol', 'bob', 'alice']:
    votes[ballot] += 1
print(votes, votes.most_common(1)[0], sorted(votes.elements())[:3], votes.total())
