# tokenize over bytes and str: TokenInfo reprs, exact types, lines of multi-line tokens, f-strings.
import io
import token
import tokenize

source = b'''# coding: utf-8
def f(x, *, y=1):
    """doc
    string"""
    return f"{x!r:>{y}} and {{braces}}" + 'a' \\
        'b'  # comment

if x >= 0x1f and y != 1.5e3j:
    z = [i ** 2 for i in range(3)]
    z @= w; z //= 2
'''
for tok in tokenize.tokenize(io.BytesIO(source).readline):
    print(tok)
    if tok.type == token.OP:
        print('   exact', token.tok_name[tok.exact_type])

print([t.string for t in tokenize.generate_tokens(io.StringIO("a=1\n").readline)])
toks = list(tokenize.generate_tokens(io.StringIO("x = (1,\n     2)\n").readline))
print(len(toks), toks[-1], toks[0]._fields, toks[0].type == tokenize.NAME)
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n'))
print(tokenize.TokenInfo(1, 'x', (1, 0), (1, 1), 'x\n').exact_type)
t = tokenize.TokenInfo(54 + 1, '+=', (1, 0), (1, 2), '')
print(t.exact_type == token.PLUSEQUAL, t._replace(string='-=').exact_type == token.MINEQUAL)
