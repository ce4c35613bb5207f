"""re.Scanner (pytk's own implementation): a lexicon of (pattern, action) pairs tried at each position as one
alternation; the alternative that matched names the action (re-exported by re)."""

import re


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for i, (phrase, action) in enumerate(lexicon):
            parts.append('(?P<_scanner%d>%s)' % (i, phrase))
        self.scanner = re.compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            index = int(m.lastgroup[len('_scanner'):]) if m.lastgroup else None
            if index is None:
                for k in range(len(self.lexicon)):
                    if m.group('_scanner%d' % k) is not None:
                        index = k
                        break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
