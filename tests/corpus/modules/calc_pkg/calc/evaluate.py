from fractions import Fraction
import operator
from .parser import Parser

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '^': operator.pow}


def _eval(node):
    tag = node[0]
    if tag == 'num':
        return Fraction(node[1])
    if tag == 'neg':
        return -_eval(node[1])
    return OPS[tag](_eval(node[1]), _eval(node[2]))


def evaluate(text):
    p = Parser(text)
    tree = p.expr()
    if p.peek()[0] != 'end':
        raise SyntaxError('trailing input')
    return _eval(tree)
