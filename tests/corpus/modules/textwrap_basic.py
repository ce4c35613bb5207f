import textwrap
from textwrap import wrap, fill, dedent, indent, shorten, TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, self-contained, state-of-the-art example -- with an em--dash and X-ray vision. "
        "Supercalifragilisticexpialidocious is long; so is pneumonoultramicroscopicsilicovolcanoconiosis.")
for width in (10, 17, 30, 45, 70):
    print(width, wrap(text, width))
print(fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(wrap(text, 25, break_long_words=False))
print(wrap(text, 25, break_on_hyphens=False))
print(wrap('a-b-c-d e--f g-- --h', 3), wrap('well-known self-aware', 6))
print(wrap('Hello.  World! How are you? "Fine." ok', 12, fix_sentence_endings=True))
print(wrap('tabs\there\tand\nnewlines  kept', 12), wrap('tabs\there', 40, expand_tabs=False))
print(wrap('  leading and trailing  ', 10), wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(wrap('', 10), wrap('   ', 10), fill('one two', 100))
print(shorten('Hello  world!  This is a test of shortening.', 20), shorten('Hello world', 11), shorten('Hello world', 10))
print(shorten('Lorem ipsum dolor sit amet', 15, placeholder='...'))
print(wrap(text, 30, max_lines=3), wrap(text, 30, max_lines=2, placeholder=' (more)'))
w = TextWrapper(width=20, initial_indent='> ', subsequent_indent='>> ', max_lines=4)
print(w.wrap(text))
try:
    wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    wrap('abc def ghi', 4, max_lines=1, placeholder='......')
except ValueError as e:
    print('ValueError', e)
code = '''
    def f():
        return 1
      
    # comment
'''
print(repr(dedent(code)))
print(repr(dedent('\t a\n\t b')), repr(dedent('  a\n\tb')), repr(dedent('no indent\n  x')))
print(repr(indent('a\n\nb\n', '  ')), repr(indent('a\n\nb', '# ', lambda line: True)))
print(repr(textwrap.fill('word ' * 30, width=33)))
