import textwrap

INTRO = """
    Python's textwrap module formats paragraphs: it wraps long lines,
    fills them to a width, and strips common indentation from
    triple-quoted strings like this one.
"""
body = textwrap.dedent(INTRO).strip()
print(body)
print(textwrap.fill(body, 30))
print(textwrap.indent(textwrap.fill(body, 40), '| '))
rows = [('alpha', 'The first letter of the Greek alphabet, used widely in science.'),
        ('omega', 'The last letter; also a symbol for ohms.'),
        ('pi', 'Ratio of circumference to diameter.')]
for term, desc in rows:
    lines = textwrap.wrap(desc, 30)
    print(f'{term:<8}{lines[0]}')
    for line in lines[1:]:
        print(' ' * 8 + line)
print(textwrap.shorten('A very long headline that will not fit in the space available', 30))
print(textwrap.shorten('short', 30), textwrap.shorten('   spaced    out   words ', 12))
w = textwrap.TextWrapper(width=25, initial_indent='- ', subsequent_indent='  ', break_on_hyphens=False)
print('\n'.join(w.wrap('A well-known, self-evident truth about state-of-the-art software-engineering practice.')))
