from .lexer import tokens


class Parser:
    def __init__(self, text):
        self.toks = list(tokens(text)) + [('end', None)]
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            node = (self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.peek() in (('op', '*'), ('op', '/')):
            node = (self.take()[1], node, self.power())
        return node

    def power(self):
        base = self.atom()
        if self.peek() == ('op', '^'):
            self.take()
            return ('^', base, self.power())
        return base

    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return ('num', val)
        if val == '-':
            return ('neg', self.atom())
        if val == '(':
            node = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return node
        raise SyntaxError(f'unexpected {val!r}')
