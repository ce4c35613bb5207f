# html.escape / html.unescape and html.parser.HTMLParser: a small link and text extractor fed in pieces.
import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
from html.parser import HTMLParser

print(html.escape('<b class="x">Fish & \'Chips\'</b>'))
print(html.escape('"quoted" & <tag>', quote=False))
for s in ['&lt;&gt;&amp;&quot;&#39;', 'caf&eacute; na&iuml;ve', '&#x41;&#66;&#x1F600;', '&notit; &notin; &not',
          '&#0;|&#x80;|&#x9f;|&#1;|&#xd800;|&#x110000;', '&unknown; & &# &#x; &;', 'AT&T', '&amp', '&ampx']:
    print(ascii(html.unescape(s)))
print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint['eacute'], codepoint2name[0x3b1], ascii(entitydefs['copy']), ascii(html5['NotSquareSubset;']))


class Extract(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == 'data':
            self.events[-1] = ('data', self.events[-1][1] + data)
        else:
            self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown', data))


doc = ('<!DOCTYPE html>\n<html><head><title>T&amp;C</title>'
       '<script>if (a < b && c) { x = "</p>"; }</script></head>\n'
       '<body class=main id="b" hidden><!-- note --><?php echo 1 ?>'
       '<p>Caf&eacute; &#169; &copy 3 < 4</p><br/><img src=\'a.png\' alt="x &gt; y"/>'
       '<a HREF="/q?a=1&amp;b=2">link</a><![CDATA[raw <data>]]></BODY></html>')
for convert in (True, False):
    p = Extract(convert_charrefs=convert)
    for k in range(0, len(doc), 7):
        p.feed(doc[k:k + 7])
    p.close()
    for e in p.events:
        print(e)
    print('---')

p = Extract()
p.feed('<p>unfinished <b')
print(p.events)
p.close()
print(p.events)
