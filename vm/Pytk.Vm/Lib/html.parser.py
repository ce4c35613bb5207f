"""html.parser (pytk): HTMLParser, a tolerant push parser for HTML.

Feed it text in pieces with feed(); it calls handle_starttag, handle_endtag, handle_startendtag,
handle_data, handle_comment, handle_decl, handle_pi, handle_charref, handle_entityref and unknown_decl as
it recognizes markup, and keeps an unfinished construct until more text (or close()) arrives.

    >>> from html.parser import HTMLParser
    >>> class Tags(HTMLParser):
    ...     def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    ...     def handle_data(self, data): print('data', repr(data))
    >>> p = Tags(); p.feed('<a href="/x?a=1&amp;b=2">caf&eacute;</a>'); p.close()
    start a [('href', '/x?a=1&b=2')]
    data 'café'

With convert_charrefs=True (the default) character references in text are resolved (html.unescape) and
handed to handle_data; with False they go to handle_charref / handle_entityref.
"""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

_text_stop = re.compile('[&<]')
_tag_open = re.compile('<[a-zA-Z]')
_pi_end = re.compile('>')
_numeric_ref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_named_ref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_ref_start = re.compile('&[a-zA-Z#]')
_ref_end = re.compile(r'[\s;]')

# HTML5 tokenization, tolerant of the malformed tags browsers accept: a tag name runs up to whitespace, '/',
# '>' or NUL; an attribute name starts after a quote, blank or '/', its value is quoted or runs to a blank or
# '>'; stray '/' and blanks between attributes are skipped.
_tag_name = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attribute = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_whole_start_tag = re.compile(r"""
    <[a-zA-Z][^\t\n\r\f />\x00]*
    (?:[\s/]*
      (?:(?<=['"\s/])[^\s/>][^\s/=>]*
        (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)\s*)?
        (?:\s|/(?!>))*
      )*
    )?
    \s*""", re.VERBOSE)
_end_tag_close = re.compile('>')
_end_tag = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_ATTR_NAME_OR_SLASH = "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class HTMLParser(_markupbase.ParserBase):
    """Finds tags and other markup in fed text and calls the handler methods; subclass it and override them."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        super().__init__()
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets any unparsed text and starts again."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _text_stop
        self.cdata_elem = None
        super().reset()

    def feed(self, data):
        """Parses DATA as far as it can; an incomplete construct at its end waits for the next feed."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Parses whatever is buffered, as if the input ended there."""
        self.goahead(True)

    __starttag_text = None

    def get_starttag_text(self):
        """The source text of the last start tag, as written."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # inside <script> and <style> only the matching end tag ends the text
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _text_stop
        self.cdata_elem = None

    def _text(self, chunk):
        if self.convert_charrefs and not self.cdata_elem:
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def goahead(self, end):
        """Consumes rawdata: text up to the next markup, then that markup, until the buffer runs out or holds
        only a construct that may still be incomplete (all of it is consumed when END is true)."""
        data = self.rawdata
        i, n = 0, len(data)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = data.find('<', i)
                if j < 0:
                    # keep a trailing reference that more text may complete (the longest name is 32 long)
                    amp = data.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _ref_end.search(data, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(data, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(data[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if data.startswith('<', i):
                if _tag_open.match(data, i):
                    k = self.parse_starttag(i)
                elif data.startswith('</', i):
                    k = self.parse_endtag(i)
                elif data.startswith('<!--', i):
                    k = self.parse_comment(i)
                elif data.startswith('<?', i):
                    k = self.parse_pi(i)
                elif data.startswith('<!', i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # input ended inside the construct: it is text up to the next '>' (or '<')
                    gt = data.find('>', i + 1)
                    if gt >= 0:
                        k = gt + 1
                    else:
                        k = data.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(data[i:k])
                i = self.updatepos(i, k)
            elif data.startswith('&#', i):
                m = _numeric_ref.match(data, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if data[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in data[i:]:
                    # not a reference after all: pass '&#' on as text
                    self.handle_data(data[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif data.startswith('&', i):
                m = _named_ref.match(data, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if data[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _ref_start.match(data, i)
                if m:
                    if end and m.group() == data[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(data[i:n])
            i = self.updatepos(i, n)
        self.rawdata = data[i:]

    def parse_html_declaration(self, i):
        """<!...>: a comment, a marked section, a doctype (handle_decl) or a bogus comment."""
        data = self.rawdata
        if data.startswith('<!--', i):
            return self.parse_comment(i)
        if data.startswith('<![', i):
            return self.parse_marked_section(i)
        if data[i:i + 9].lower() == '<!doctype':
            gt = data.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(data[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """<!...> or </...> that is no valid markup: its inside is reported as a comment."""
        data = self.rawdata
        gt = data.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(data[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        """<?...>: a processing instruction, reported without the markers."""
        data = self.rawdata
        m = _pi_end.search(data, i + 2)
        if m is None:
            return -1
        self.handle_pi(data[i + 2:m.start()])
        return m.end()

    def check_for_whole_start_tag(self, i):
        """Where the start tag at I ends, or -1 when the buffer may hold only part of it."""
        data = self.rawdata
        m = _whole_start_tag.match(data, i)
        if m is None:
            raise AssertionError("we should not get here!")
        j = m.end()
        after = data[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if data.startswith('/>', j):
                return j + 2
            return -1
        if after == '' or after in _ATTR_NAME_OR_SLASH:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        end = self.check_for_whole_start_tag(i)
        if end < 0:
            return end
        data = self.rawdata
        self.__starttag_text = data[i:end]
        m = _tag_name.match(data, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < end:
            m = _attribute.match(data, k)
            if m is None:
                break
            name, has_value, value = m.group(1, 2, 3)
            if not has_value:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'") and len(value) >= 1:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        close = data[k:end].strip()
        if close not in ('>', '/>'):
            self.handle_data(data[i:end])
            return end
        if close.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        data = self.rawdata
        gt = _end_tag_close.search(data, i + 1)
        if gt is None:
            return -1
        gtpos = gt.end()
        m = _end_tag.match(data, i)
        if m is None:
            if self.cdata_elem is not None:
                self.handle_data(data[i:gtpos])
                return gtpos
            name = _tag_name.match(data, i + 2)
            if name is None:
                if data.startswith('</>', i):
                    return i + 3
                return self.parse_bogus_comment(i)
            # whatever follows the name up to '>' is ignored
            self.handle_endtag(name.group(1).lower())
            return data.find('>', name.end()) + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(data[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # the handlers: subclasses override the ones they need

    def handle_startendtag(self, tag, attrs):
        """<tag .../>: by default a start tag followed by its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
