"""_markupbase (pytk): ParserBase, the position bookkeeping and the SGML-style markup (comments, marked
sections) that html.parser.HTMLParser builds on."""

import re

_name_token = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_comment_end = re.compile(r'--\s*>')
_marked_end = re.compile(r']\s*]\s*>')        # <![CDATA[ ... ]]>
_ms_marked_end = re.compile(r']\s*>')         # MS Office's <![if ...]> ... <![endif]>
_STANDARD_SECTIONS = {"temp", "cdata", "ignore", "include", "rcdata"}
_MS_SECTIONS = {"if", "else", "endif"}


class ParserBase:
    """The parts of a markup parser that do not depend on the markup's flavour. Subclasses supply
    rawdata (the text not yet consumed) and the handle_* methods."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, column) of the parser's position; lines count from 1, columns from 0."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j] and returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        """<!-- ... -->: reports the text between the markers; -1 when the comment is not complete yet."""
        data = self.rawdata
        if not data.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        close = _comment_end.search(data, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(data[i + 4:close.start()])
        return close.end()

    def parse_marked_section(self, i, report=1):
        """<![keyword ... ]]> (or MS Office's <![if ...]>): reports the inside through unknown_decl."""
        data = self.rawdata
        if not data.startswith('<![', i):
            raise AssertionError('unexpected call to parse_marked_section()')
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in _STANDARD_SECTIONS:
            close = _marked_end.search(data, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _ms_marked_end.search(data, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % data[i + 3:j])
        if close is None:
            return -1
        if report:
            self.unknown_decl(data[i + 3:close.start()])
        return close.end()

    def _scan_name(self, i, declstartpos):
        """The lowercased name token at I and the index after it (and its blanks); (None, -1) at the end
        of the buffer, where more text may complete it."""
        data = self.rawdata
        if i == len(data):
            return None, -1
        m = _name_token(data, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % data[declstartpos:declstartpos + 20])
        if m.end() == len(data):
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        """Called for a marked section's content; subclasses override it."""
        pass
