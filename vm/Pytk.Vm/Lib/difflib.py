"""difflib (pytk's own implementation): SequenceMatcher (longest junk-free matching blocks, extended by
adjacent junk; the popular-element heuristic), get_close_matches, Differ/ndiff with intraline `?` guides,
unified_diff and context_diff. Results equal CPython's, which tests compare."""

from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements.

    >>> m = SequenceMatcher(None, "private", "pirate")
    >>> m.get_opcodes()
    [('equal', 0, 1, 0, 1), ('insert', 1, 1, 1, 2), ('equal', 1, 2, 2, 3), ('delete', 2, 4, 3, 3), ('equal', 4, 7, 3, 6)]
    >>> round(m.ratio(), 3)
    0.769
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Sets both sequences.

        >>> m = SequenceMatcher()
        >>> m.set_seqs("kitten", "sitting")
        >>> round(m.ratio(), 3)
        0.615
        """
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Sets the first sequence; the second one's index is kept.

        >>> m = SequenceMatcher(None, "abc", "abd")
        >>> m.set_seq1("abd")
        >>> m.ratio()
        1.0
        """
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Sets the second sequence and indexes it (junk and popular elements).

        >>> m = SequenceMatcher(None, "abc", "abd")
        >>> m.set_seq2("xbc")
        >>> m.get_matching_blocks()
        [Match(a=1, b=1, size=2), Match(a=3, b=3, size=0)]
        """
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs; junk and (for long b) very common elements are left out, so a
        # match never starts on them.
        positions = {}
        for index, element in enumerate(self.b):
            positions.setdefault(element, []).append(index)
        junk = set()
        if self.isjunk:
            junk = {element for element in positions if self.isjunk(element)}
            for element in junk:
                del positions[element]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            threshold = n // 100 + 1
            popular = {element for element, where in positions.items() if len(where) > threshold}
            for element in popular:
                del positions[element]
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block in a[alo:ahi] and b[blo:bhi], earliest in a (then b) on ties.

        >>> SequenceMatcher(None, "xabcdy", "zzabcdw").find_longest_match()
        Match(a=1, b=2, size=4)
        >>> SequenceMatcher(lambda c: c == "-", "a-bc", "-bc-a").find_longest_match(0, 4, 0, 5)
        Match(a=1, b=0, size=3)
        """
        a, b, positions, is_junk = self.a, self.b, self.b2j, self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending_at[j]: length of the junk-free match ending at a[i-1], b[j]
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in positions.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            run_ending_at = runs
        # Grow the match over equal non-junk neighbours (popular elements), then over equal junk.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and is_junk(b[best_j - 1]) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and is_junk(b[best_j + best_size]) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """The matching blocks as Match triples, ending with the sentinel (len(a), len(b), 0).

        >>> SequenceMatcher(None, "abxcd", "abcd").get_matching_blocks()
        [Match(a=0, b=0, size=2), Match(a=3, b=2, size=2), Match(a=5, b=4, size=0)]
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append(Match(ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append(Match(ci, cj, ck))
        merged.append(Match(la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b.

        >>> for op in SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
        ...     print(op)
        ('delete', 0, 1, 0, 0)
        ('equal', 1, 3, 0, 2)
        ('replace', 3, 4, 2, 3)
        ('equal', 4, 6, 3, 5)
        ('insert', 6, 6, 5, 6)
        """
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups, each with up to n lines of context.

        >>> a = [str(i) for i in range(1, 20)]
        >>> b = a[:]
        >>> b[2], b[15] = "x", "y"
        >>> for group in SequenceMatcher(None, a, b).get_grouped_opcodes(1):
        ...     print(group)
        [('equal', 1, 2, 1, 2), ('replace', 2, 3, 2, 3), ('equal', 3, 4, 3, 4)]
        [('equal', 14, 15, 14, 15), ('replace', 15, 16, 15, 16), ('equal', 16, 17, 16, 17)]
        """
        codes = list(self.get_opcodes())
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2.0 * matches / total length of both sequences.

        >>> SequenceMatcher(None, "abcd", "bcde").ratio()
        0.75
        >>> SequenceMatcher(None, "", "").ratio()
        1.0
        """
        matches = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound: the size of the multiset intersection, order ignored.
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for element in self.a:
            have = left[element] if element in left else self.fullbcount.get(element, 0)
            left[element] = have - 1
            if have > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of possibilities scoring at least cutoff against word, best first.

    >>> get_close_matches("appel", ["ape", "apple", "peach", "puppy"])
    ['apple', 'ape']
    >>> get_close_matches("whale", ["if", "else", "for", "while", "with", "whole"], n=2)
    ['whole', 'while']
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=None):
    r"""True for a blank line or one holding only "#" (with whitespace).

    >>> IS_LINE_JUNK("  #  \n"), IS_LINE_JUNK("\n"), IS_LINE_JUNK("x = 1\n")
    (True, True, False)
    """
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    r"""True for a space or a tab.

    >>> [IS_CHARACTER_JUNK(c) for c in " \tx\n"]
    [True, True, False, False]
    """
    return ch in ws


class Differ:
    r"""Line-by-line deltas with `- `, `+ `, `  ` and intraline `? ` guide lines.

    >>> for line in Differ().compare(["alpha\n", "beta\n"], ["alpha\n", "bets\n", "gamma\n"]):
    ...     print(line, end="")
      alpha
    - beta
    ?    ^
    + bets
    ?    ^
    + gamma
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        r"""The delta between two lists of lines (each ending in a newline).

        >>> print("".join(Differ().compare(["same\n", "a tiny line\n"], ["same\n", "a tidy line\n"])), end="")
          same
        - a tiny line
        ?     ^
        + a tidy line
        ?     ^
        """
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            else:
                yield from self._dump(' ', a, alo, ahi)

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        r"""Replaces a[alo:ahi] by b[blo:bhi] around the most similar pair of lines, which gets `?` guides.

        >>> for line in Differ()._fancy_replace(["abcDefghiJkl\n", "zzz\n"], 0, 2,
        ...                                     ["xy\n", "abcdefGhijkl\n"], 0, 2):
        ...     print(repr(line))
        '+ xy\n'
        '- abcDefghiJkl\n'
        '?    ^  ^  ^\n'
        '+ abcdefGhijkl\n'
        '?    ^  ^  ^\n'
        '- zzz\n'
        """
        # The most similar pair of lines (ratio above 0.74, first found wins ties) is the synch point;
        # without one, an identical pair is; without that, a plain replace.
        best_ratio, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                        and chars.ratio() > best_ratio):
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = eqi, eqj
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if identical:
            yield '  ' + aelt
        else:
            atags = btags = ""
            chars.set_seqs(aelt, belt)
            marks = {'replace': ('^', '^'), 'delete': ('-', None), 'insert': (None, '+'), 'equal': (' ', ' ')}
            for tag, ai1, ai2, bj1, bj2 in chars.get_opcodes():
                amark, bmark = marks[tag]
                if amark:
                    atags += amark * (ai2 - ai1)
                if bmark:
                    btags += bmark * (bj2 - bj1)
            yield from self._qformat(aelt, belt, atags, btags)
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        r"""A changed pair of lines with their guide lines; a guide keeps the line's tabs so its marks line up.

        >>> for line in Differ()._qformat("\tabcDefghiJkl\n", "\tabcdefGhijkl\n",
        ...                               "  ^ ^  ^      ", "  ^ ^  ^      "):
        ...     print(repr(line))
        '- \tabcDefghiJkl\n'
        '? \t ^ ^  ^\n'
        '+ \tabcdefGhijkl\n'
        '? \t ^ ^  ^\n'
        """
        # Guide marks under a blank position keep the line's own whitespace (tabs line up).
        def keep_ws(line, tags):
            return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))
        atags = keep_ws(aline, atags).rstrip()
        btags = keep_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield "? %s\n" % atags
        yield "+ " + bline
        if btags:
            yield "? %s\n" % btags


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    r"""Differ(linejunk, charjunk).compare(a, b).

    >>> print("".join(ndiff(["one\n", "two\n"], ["one\n", "tree\n"])), end="")
      one
    - two
    + tree
    """
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    r"""One of the two sequences an ndiff delta was made from (which is 1 or 2).

    >>> delta = list(ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
    >>> "".join(restore(delta, 1)), "".join(restore(delta, 2))
    ('a\nb\n', 'a\nc\n')
    """
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]


def _format_range_unified(start, stop):
    first, length = start + 1, stop - start
    if length == 1:
        return '%d' % first
    if not length:
        first -= 1
    return '%d,%d' % (first, length)


def _format_range_context(start, stop):
    first, length = start + 1, stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + length - 1)


def _check_str_args(a, b, *texts):
    # Both diffs work on str only (diff_bytes decodes bytes first); checked when the diff starts.
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(lines[0]).__name__, lines[0]))
    for text in texts:
        if not isinstance(text, str):
            raise TypeError('all arguments must be str, not: %r' % (text,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The unified diff of two lists of lines.

    >>> for line in unified_diff(["a", "b", "c"], ["a", "B", "c"], "x", "y", lineterm=""):
    ...     print(line)
    --- x
    +++ y
    @@ -1,3 +1,3 @@
     a
    -b
    +B
     c
    """
    _check_str_args(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '--- %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '+++ %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(first[1], last[2]), _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The context diff of two lists of lines.

    >>> for line in context_diff(["a", "b"], ["a", "c", "d"], "x", "y", lineterm=""):
    ...     print(line)
    *** x
    --- y
    ***************
    *** 1,2 ****
      a
    ! b
    --- 1,3 ----
      a
    ! c
    ! d
    """
    _check_str_args(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield '*** %s%s%s' % (fromfile, '\t' + fromfiledate if fromfiledate else '', lineterm)
            yield '--- %s%s%s' % (tofile, '\t' + tofiledate if tofiledate else '', lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(first[1], last[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- %s ----%s' % (_format_range_context(first[3], last[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    def decode(s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s))
        return s.decode('ascii', 'surrogateescape')
    lines = dfunc([decode(x) for x in a], [decode(x) for x in b], decode(fromfile), decode(tofile),
                  decode(fromfiledate), decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


# ---------------------------------------------------------------------------------------------------------------
# Side-by-side differences: _mdiff and HtmlDiff.
#
# A marked-up side-by-side line is (line number, text); inside the text '\0' followed by '+', '-' or '^' opens an
# added, deleted or changed stretch and '\1' closes it.  A padding line is ('', '\n').

_PAD = ('', '\n')


def _mark_whole(text, key):
    return '\0' + key + (text or ' ') + '\1'


def _mark_guided(text, guide):
    # `guide` is ndiff's `? ` line; its runs of '+', '-' or '^' mark columns of `text` (both keep their 2-char tag).
    spans = []
    col, n = 0, len(guide)
    while col < n:
        ch = guide[col]
        if ch in '+-^':
            end = col
            while end < n and guide[end] == ch:
                end += 1
            spans.append((ch, col, end))
            col = end
        else:
            col += 1
    pieces, last = [], 0
    for key, begin, end in spans:
        pieces.append(text[last:begin])
        pieces.append('\0' + key + text[begin:end] + '\1')
        last = end
    pieces.append(text[last:])
    return ''.join(pieces)[2:]


def _side_by_side(fromlines, tolines, linejunk, charjunk):
    """All line pairs (fromline, toline, changed), padding the shorter side of each change block."""
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    window = []
    numbers = [0, 0]
    from_queue, to_queue = [], []

    def take(side, kind):
        # kind: None (unchanged), '?' (guided by the next `?` line), '+'/'-' (whole line).
        numbers[side] += 1
        line = window.pop(0)
        if kind is None:
            return (numbers[side], line[2:])
        if kind == '?':
            return (numbers[side], _mark_guided(line, window.pop(0)))
        return (numbers[side], _mark_whole(line[2:], kind))

    def events():
        # Yields (from item or None, to item or None, changed); `balance` counts to-lines minus from-lines
        # of the change block being read, and is settled by padding when the block ends.
        balance = 0
        while True:
            while len(window) < 4:
                window.append(next(delta, 'X'))
            shape = ''.join(line[0] for line in window)
            pad = 0
            if shape.startswith('X'):
                pad, balance = balance, 0
                pair = None
            elif shape.startswith('-?+?'):
                yield take(0, '?'), take(1, '?'), True
                continue
            elif shape.startswith('--++'):
                balance -= 1
                yield take(0, '-'), None, True
                continue
            elif shape.startswith(('--?+', '--+', '- ')):
                pair = (take(0, '-'), None)
                pad, balance = balance - 1, 0
            elif shape.startswith('-+?'):
                yield take(0, None), take(1, '?'), True
                continue
            elif shape.startswith('-?+'):
                yield take(0, '?'), take(1, None), True
                continue
            elif shape.startswith('-'):
                balance -= 1
                yield take(0, '-'), None, True
                continue
            elif shape.startswith('+--'):
                balance += 1
                yield None, take(1, '+'), True
                continue
            elif shape.startswith(('+ ', '+-')):
                pair = (None, take(1, '+'))
                pad, balance = balance + 1, 0
            elif shape.startswith('+'):
                balance += 1
                yield None, take(1, '+'), True
                continue
            else:
                # An unchanged line shows on both sides.
                numbers[0] += 1
                yield (numbers[0], window[0][2:]), take(1, None), False
                continue
            for _ in range(-pad):
                yield None, _PAD, True
            for _ in range(pad):
                yield _PAD, None, True
            if pair is None:
                return
            yield pair[0], pair[1], True

    source = events()
    while True:
        while not from_queue or not to_queue:
            item = next(source, None)
            if item is None:
                return
            left, right, changed = item
            if left is not None:
                from_queue.append((left, changed))
            if right is not None:
                to_queue.append((right, changed))
        left, lchanged = from_queue.pop(0)
        right, rchanged = to_queue.pop(0)
        yield left, right, lchanged or rchanged


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Side-by-side line pairs ((fromnum, fromtext), (tonum, totext), changed) with intraline markers.
    With `context`, only changed pairs and up to `context` pairs around them; (None, None, None) stands for
    the lines left out before a shown stretch."""
    pairs = _side_by_side(fromlines, tolines, linejunk, charjunk)
    if context is None:
        yield from pairs
        return
    from collections import deque
    keep = context + 1
    while True:
        recent = deque(maxlen=keep)
        seen = 0
        while True:
            item = next(pairs, None)
            if item is None:
                return
            recent.append(item)
            seen += 1
            if item[2]:
                break
        if seen > keep:
            yield None, None, None
        yield from recent
        quiet = context
        while quiet > 0:
            item = next(pairs, None)
            if item is None:
                return
            quiet = context if item[2] else quiet - 1
            yield item


_HTML_STYLES = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_HTML_LEGEND = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """An HTML table (or whole file) showing two sequences of lines side by side, with intraline changes
    highlighted and links from each change to the next."""

    _styles = _HTML_STYLES
    _legend = _HTML_LEGEND
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5, *,
                  charset='utf-8'):
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context, numlines=numlines)
        page = ('\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
                '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<html>\n\n<head>\n'
                '    <meta http-equiv="Content-Type"\n'
                '          content="text/html; charset=' + charset + '" />\n'
                '    <title></title>\n    <style type="text/css">' + self._styles + '\n    </style>\n'
                '</head>\n\n<body>\n    ' + table + self._legend + '\n</body>\n\n</html>')
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _expand_tabs(self, line):
        # Spaces that tab expansion adds become '\t' (shown as &nbsp; at the very end), so they never count
        # as the line's own spaces; the line's trailing newline goes.
        line = line.replace(' ', '\0').expandtabs(self._tabsize)
        return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')

    def _split_line(self, out, number, text):
        limit = self._wrapcolumn
        if not number or len(text) <= limit or len(text) - 3 * text.count('\0') <= limit:
            out.append((number, text))
            return
        i, shown, mark, size = 0, 0, '', len(text)
        while shown < limit and i < size:
            ch = text[i]
            if ch == '\0':
                mark = text[i + 1]
                i += 2
            elif ch == '\1':
                mark = ''
                i += 1
            else:
                shown += 1
                i += 1
        head, rest = text[:i], text[i:]
        if mark:
            head += '\1'
            rest = '\0' + mark + rest
        out.append((number, head))
        self._split_line(out, '>', rest)

    def _wrap(self, diffs):
        for left, right, flag in diffs:
            if flag is None:
                yield left, right, flag
                continue
            lefts, rights = [], []
            self._split_line(lefts, left[0], left[1])
            self._split_line(rights, right[0], right[1])
            for k in range(max(len(lefts), len(rights))):
                yield (lefts[k] if k < len(lefts) else ('', ' '),
                       rights[k] if k < len(rights) else ('', ' '), flag)

    def _format_line(self, side, number, text):
        if isinstance(number, int):
            number = '%d' % number
            anchor = ' id="%s%s"' % (self._prefix[side], number)
        else:
            anchor = ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (anchor, number, text)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        self._make_prefix()
        fromlines = [self._expand_tabs(line) for line in fromlines]
        tolines = [self._expand_tabs(line) for line in tolines]
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._wrap(diffs)
        lefts, rights, flags = [], [], []
        for left, right, flag in diffs:
            if flag is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._format_line(0, *left))
                rights.append(self._format_line(1, *right))
            flags.append(flag)

        to_prefix = self._prefix[1]
        ids = [''] * len(flags)
        hrefs = [''] * len(flags)
        changes, in_change, last = 0, False, 0
        for i, flag in enumerate(flags):
            if not flag:
                in_change = False
            elif not in_change:
                in_change = True
                last = i
                ids[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (to_prefix, changes)
                changes += 1
                hrefs[i] = '<a href="#difflib_chg_%s_%d">n</a>' % (to_prefix, changes)
        if not flags:
            flags, ids, hrefs, last = [False], [''], [''], 0
            note = 'No Differences Found' if context else 'Empty File'
            lefts = rights = ['<td></td><td>&nbsp;%s&nbsp;</td>' % note]
        if not flags[0]:
            hrefs[0] = '<a href="#difflib_chg_%s_0">f</a>' % to_prefix
        hrefs[last] = '<a href="#difflib_chg_%s_top">t</a>' % to_prefix

        rows = []
        for i, flag in enumerate(flags):
            if flag is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
                            % (ids[i], hrefs[i], lefts[i], hrefs[i], rights[i]))
        if fromdesc or todesc:
            header = ('<thead><tr><th class="diff_next"><br /></th><th colspan="2" class="diff_header">%s</th>'
                      '<th class="diff_next"><br /></th><th colspan="2" class="diff_header">%s</th></tr></thead>'
                      % (fromdesc, todesc))
        else:
            header = ''
        table = ('\n    <table class="diff" id="difflib_chg_%s_top"\n'
                 '           cellspacing="0" cellpadding="0" rules="groups" >\n'
                 '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
                 '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
                 '        %s\n        <tbody>\n%s        </tbody>\n    </table>'
                 % (to_prefix, header, ''.join(rows)))
        return (table.replace('\0+', '<span class="diff_add">').replace('\0-', '<span class="diff_sub">')
                .replace('\0^', '<span class="diff_chg">').replace('\1', '</span>').replace('\t', '&nbsp;'))
