# detect_encoding, untokenize (full and compatibility modes), TokenError, token module tables.
import io
import token
import tokenize

def lines(data):
    return io.BytesIO(data).readline

print(tokenize.detect_encoding(lines(b'x = 1\n')))
print(tokenize.detect_encoding(lines(b'# -*- coding: latin-1 -*-\nx = 1\n')))
print(tokenize.detect_encoding(lines(b'\n# vim: set fileencoding=utf-8 :\nx\n')))
print(tokenize.detect_encoding(lines(b'\xef\xbb\xbfx = 1\n')))
print(tokenize.detect_encoding(lines(b'')))
for bad in (b'# coding: nosuch\n', b'\xef\xbb\xbf# coding: latin-1\n'):
    try:
        tokenize.detect_encoding(lines(bad))
    except SyntaxError as e:
        print('SyntaxError', e)

src = 'def f(a,b):\n    return  a+b   # sum\n\nprint( f(1,2) )\n'
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
btoks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(tokenize.untokenize(btoks))

for text in ('(1,\n 2\n', 'x = """abc\n', 'if x:\n  a\n b\n'):
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            pass
        print('no error')
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

print(token.tok_name[0], token.tok_name[token.ENCODING], token.N_TOKENS, token.NT_OFFSET)
print(sorted(token.EXACT_TOKEN_TYPES.items())[:5], len(token.EXACT_TOKEN_TYPES))
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(tokenize.tok_name is token.tok_name, tokenize.NUMBER, tokenize.COMMENT, tokenize.NL)
