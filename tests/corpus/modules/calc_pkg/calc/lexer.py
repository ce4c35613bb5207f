import re
TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<op>[-+*/()^]))')


class LexError(ValueError):
    pass


def tokens(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise LexError(f'bad character {text[pos]!r} at {pos}')
        pos = m.end()
        yield ('num', m['num']) if m['num'] else ('op', m['op'])
