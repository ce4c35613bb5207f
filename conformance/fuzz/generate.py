"""A generator of random valid Python programs for fuzz.py (issue 15): functions, classes, loops, try/except,
comprehensions, generators, f-strings, slicing and the builtin types' methods, over small values, so that every
program ends quickly and prints a deterministic result under CPython 3.13 and pytk alike (no addresses, no
hash-ordered sets of strings, no unbounded sizes). Programs may raise: the outcome compared is what they print
and the exception they end in.

    program(rng) -> str      one program (a module's source)
"""

INT_BIN = ['+', '-', '*', '//', '%', '&', '|', '^', 'min', 'max']
CMP = ['<', '<=', '==', '!=', '>', '>=']
STR_METHODS0 = ['upper', 'lower', 'strip', 'title', 'swapcase', 'casefold', 'capitalize', 'lstrip', 'rstrip']
STR_PRED = ['isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isidentifier', 'isalnum']
WORDS = ['', 'a', 'ab', 'xyz', 'Hello', ' sp ', '12', 'é', 'ß', 'a\tb', 'q"', "it's", 'x_y', '\u0394x', 'AbC']


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.vars = {'int': [], 'str': [], 'list': [], 'dict': []}
        self.funcs = []          # (name, arity): int -> int functions
        self.classes = []        # class names with an int field `v`
        self.lines = []
        self.indent = 0
        self.counter = 0

    def name(self, prefix):
        self.counter += 1
        return f'{prefix}{self.counter}'

    def emit(self, line):
        self.lines.append('    ' * self.indent + line)

    # ---- expressions, by type ----
    def int_expr(self, d=0):
        r = self.rng
        k = r.random()
        if d > 3 or k < 0.25:
            if self.vars['int'] and r.random() < 0.6:
                return r.choice(self.vars['int'])
            return str(r.choice([0, 1, 2, 3, 7, -1, -5, 10, 255, 2 ** 31, 2 ** 63 + 1, -(2 ** 40), 10 ** 20, r.randint(-1000, 1000)]))
        if k < 0.5:
            op = r.choice(INT_BIN)
            if op in ('min', 'max'):
                return f'{op}({self.int_expr(d + 1)}, {self.int_expr(d + 1)})'
            return f'({self.int_expr(d + 1)} {op} {self.int_expr(d + 1)})'
        if k < 0.55:
            return f'({self.int_expr(d + 1)} ** {r.randint(0, 4)})'
        if k < 0.6:
            return f'({self.int_expr(d + 1)} << {r.randint(0, 70)})'
        if k < 0.65:
            return f'len({self.str_expr(d + 1)})'
        if k < 0.7:
            return f'len({self.list_expr(d + 1)})'
        if k < 0.75 and self.funcs:
            f, n = r.choice(self.funcs)
            return f'{f}({", ".join(self.int_expr(d + 1) for _ in range(n))})'
        if k < 0.8:
            return f'({self.int_expr(d + 1)} if {self.bool_expr(d + 1)} else {self.int_expr(d + 1)})'
        if k < 0.84:
            return f'sum({self.list_expr(d + 1)})'
        if k < 0.87:
            return f'int({self.str_expr(d + 1)!s})' if r.random() < 0.3 else f'int("{r.randint(-99, 999)}")'
        if k < 0.9:
            return f'{self.list_expr(d + 1)}[{self.int_expr(d + 1)}]'
        if k < 0.93 and self.classes:
            return f'{r.choice(self.classes)}({self.int_expr(d + 1)}).get()'
        if k < 0.96:
            return f'abs({self.int_expr(d + 1)})'
        return f'hash({self.int_expr(d + 1)})'

    def bool_expr(self, d=0):
        r = self.rng
        k = r.random()
        if d > 3 or k < 0.4:
            return f'({self.int_expr(d + 1)} {r.choice(CMP)} {self.int_expr(d + 1)})'
        if k < 0.55:
            return f'({self.bool_expr(d + 1)} {r.choice(["and", "or"])} {self.bool_expr(d + 1)})'
        if k < 0.65:
            return f'(not {self.bool_expr(d + 1)})'
        if k < 0.75:
            return f'{self.str_expr(d + 1)}.{r.choice(STR_PRED)}()'
        if k < 0.85:
            return f'({self.int_expr(d + 1)} in {self.list_expr(d + 1)})'
        if k < 0.92:
            return f'({self.str_expr(d + 1)} {r.choice(CMP)} {self.str_expr(d + 1)})'
        return f'isinstance({self.any_expr(d + 1)}, {r.choice(["int", "str", "list", "dict", "tuple", "bool"])})'

    def str_expr(self, d=0):
        r = self.rng
        k = r.random()
        if d > 3 or k < 0.25:
            if self.vars['str'] and r.random() < 0.5:
                return r.choice(self.vars['str'])
            return repr(r.choice(WORDS))
        if k < 0.4:
            return f'({self.str_expr(d + 1)} + {self.str_expr(d + 1)})'
        if k < 0.48:
            return f'{self.str_expr(d + 1)}.{r.choice(STR_METHODS0)}()'
        if k < 0.55:
            return f'str({self.int_expr(d + 1)})'
        if k < 0.6:
            return f'repr({self.any_expr(d + 1)})'
        if k < 0.66:
            a, b, c = (r.choice(['', str(r.randint(-4, 4))]) for _ in range(3))
            return f'{self.str_expr(d + 1)}[{a}:{b}{":" + c if c and c != "0" else ""}]'
        if k < 0.72:
            spec = r.choice(['', '>6', '<4', '^7', '08', 'x', '#o', ',', '+', '_b', '!r'])
            conv = spec if spec.startswith('!') else (':' + spec if spec else '')
            return f'f"<{{{self.int_expr(d + 1)}{conv}}}>"'
        if k < 0.76:
            return f'{self.str_expr(d + 1)}.replace({repr(r.choice(WORDS[1:]))}, {repr(r.choice(WORDS))})'
        if k < 0.8:
            return f'"-".join({self.str_expr(d + 1)}.split({repr(r.choice(["a", " ", "x"]))}))'
        if k < 0.84:
            return f'({self.str_expr(d + 1)} * {r.randint(0, 3)})'
        if k < 0.88:
            return f'"%s|%d" % ({self.str_expr(d + 1)}, {self.int_expr(d + 1)})'
        if k < 0.92:
            return f'{self.str_expr(d + 1)}.center({r.randint(0, 12)}, "*")'
        if k < 0.96:
            return f'format({self.int_expr(d + 1)} / {r.choice(["3", "7", "1.5", "-2"])}, ".{r.randint(0, 6)}{r.choice("feg")}")'
        return f'chr(65 + {self.int_expr(d + 1)} % 26)'

    def list_expr(self, d=0):
        r = self.rng
        k = r.random()
        if d > 3 or k < 0.3:
            if self.vars['list'] and r.random() < 0.5:
                return r.choice(self.vars['list'])
            return '[' + ', '.join(self.int_expr(d + 1) for _ in range(r.randint(0, 4))) + ']'
        if k < 0.45:
            v = self.name('i')
            cond = f' if {v} % {r.randint(2, 4)}' if r.random() < 0.4 else ''
            return f'[{v} * {r.randint(-3, 3)} for {v} in range({r.randint(0, 8)}){cond}]'
        if k < 0.55:
            return f'sorted({self.list_expr(d + 1)}{", reverse=True" if r.random() < 0.5 else ""})'
        if k < 0.62:
            return f'({self.list_expr(d + 1)} + {self.list_expr(d + 1)})'
        if k < 0.7:
            return f'{self.list_expr(d + 1)}[{r.randint(-3, 3)}:{r.randint(-3, 5)}]'
        if k < 0.76:
            return f'list(range({r.randint(-3, 3)}, {r.randint(0, 10)}, {r.choice([1, 2, -1, 3])}))'
        if k < 0.82:
            return f'[len(w) for w in {self.str_expr(d + 1)}.split()]'
        if k < 0.88:
            return f'list(map(abs, {self.list_expr(d + 1)}))'
        if k < 0.94:
            return f'list({self.dict_expr(d + 1)}.values())'
        return f'sorted(set({self.list_expr(d + 1)}))'

    def dict_expr(self, d=0):
        r = self.rng
        if d > 3 or r.random() < 0.4:
            if self.vars['dict'] and r.random() < 0.5:
                return r.choice(self.vars['dict'])
            return '{' + ', '.join(f'{self.str_expr(d + 2)}: {self.int_expr(d + 2)}' for _ in range(r.randint(0, 3))) + '}'
        if r.random() < 0.5:
            v = self.name('k')
            return f'{{{v}: {v} * {v} for {v} in range({r.randint(0, 6)})}}'
        return f'dict(zip({self.str_expr(d + 1)}, {self.list_expr(d + 1)}))'

    def any_expr(self, d=0):
        return self.rng.choice([self.int_expr, self.str_expr, self.list_expr, self.dict_expr, self.bool_expr])(d)

    # ---- statements ----
    def assign(self):
        r = self.rng
        kind = r.choice(['int', 'int', 'str', 'list', 'dict'])
        v = self.name('v')
        self.emit(f'{v} = {getattr(self, kind + "_expr")()}')
        self.vars[kind].append(v)

    def stmt(self, depth):
        r = self.rng
        k = r.random()
        if depth > 2 or k < 0.3:
            self.assign()
        elif k < 0.42:
            self.emit(f'print({self.any_expr()})')
        elif k < 0.5:
            self.emit(f'if {self.bool_expr()}:')
            self.block(depth)
            if r.random() < 0.5:
                self.emit('else:')
                self.block(depth)
        elif k < 0.58:
            v = self.name('n')
            self.emit(f'for {v} in range({r.randint(0, 6)}):')
            saved = {k: list(vs) for k, vs in self.vars.items()}
            self.vars['int'].append(v)
            self.block(depth, extra=[f'if {v} == {r.randint(0, 5)}: {r.choice(["break", "continue", "pass"])}'])
            self.vars = saved
        elif k < 0.64:
            v = self.name('w')
            self.emit(f'{v} = {r.randint(0, 5)}')
            self.emit(f'while {v} > 0:')
            self.indent += 1
            self.emit(f'{v} -= 1')
            self.indent -= 1
            self.block(depth)
        elif k < 0.74:
            self.emit('try:')
            self.block(depth)
            exc = r.choice(['Exception', 'ZeroDivisionError', 'IndexError', '(KeyError, TypeError)', 'ValueError', 'ArithmeticError'])
            self.emit(f'except {exc} as e:')
            self.indent += 1
            self.emit('print("caught", type(e).__name__, e)')
            self.indent -= 1
            if r.random() < 0.4:
                self.emit('finally:')
                self.indent += 1
                self.emit(f'print("finally", {self.int_expr()})')
                self.indent -= 1
        elif k < 0.8:
            self.function()
        elif k < 0.84:
            self.klass()
        elif k < 0.88:
            g = self.name('g')
            n = self.name('j')
            self.emit(f'def {g}(m):')
            self.indent += 1
            self.emit(f'for {n} in range(m):')
            self.indent += 1
            self.emit(f'yield {n} * {r.randint(1, 5)}')
            self.indent -= 2
            v = self.name('v')
            self.emit(f'{v} = list({g}({r.randint(0, 6)}))')
            self.vars['list'].append(v)
        elif k < 0.92 and self.vars['list']:
            lst = r.choice(self.vars['list'])
            self.emit(r.choice([f'{lst}.append({self.int_expr()})', f'{lst}.sort()', f'{lst}.reverse()',
                                f'{lst}.insert({r.randint(-2, 3)}, {self.int_expr()})', f'{lst}.pop()',
                                f'del {lst}[{r.randint(-2, 2)}]', f'{lst}[{r.randint(-2, 2)}] = {self.int_expr()}',
                                f'{lst}.extend({self.list_expr()})']))
        elif k < 0.96 and self.vars['dict']:
            dct = r.choice(self.vars['dict'])
            self.emit(r.choice([f'{dct}[{self.str_expr()}] = {self.int_expr()}', f'print({dct}.get({self.str_expr()}))',
                                f'{dct}.pop({self.str_expr()})', f'print(sorted({dct}.items()))',
                                f'{dct}.update({self.dict_expr()})', f'print(list({dct}))']))
        else:
            a, b = self.name('a'), self.name('b')
            self.emit(f'{a}, *{b} = {self.list_expr()}')
            self.vars['int'].append(a)
            self.vars['list'].append(b)

    def block(self, depth, extra=()):
        self.indent += 1
        saved = {k: list(v) for k, v in self.vars.items()}, list(self.funcs), list(self.classes)
        for e in extra:
            self.emit(e)
        for _ in range(self.rng.randint(1, 3)):
            self.stmt(depth + 1)
        # names bound only in a branch may be unbound after it
        self.vars, self.funcs, self.classes = saved
        self.indent -= 1

    def function(self):
        r = self.rng
        f = self.name('f')
        n = r.randint(0, 3)
        params = [self.name('p') for _ in range(n)]
        self.emit(f'def {f}({", ".join(params)}):')
        saved = self.vars
        self.vars = {'int': list(params), 'str': [], 'list': [], 'dict': []}
        self.indent += 1
        for _ in range(r.randint(0, 3)):
            self.stmt(2)
        self.emit(f'return {self.int_expr()}')
        self.indent -= 1
        self.vars = saved
        self.funcs.append((f, n))

    def klass(self):
        r = self.rng
        c = self.name('C')
        base = r.choice(self.classes) if self.classes and r.random() < 0.4 else None
        self.emit(f'class {c}{"(" + base + ")" if base else ""}:')
        self.indent += 1
        self.emit('def __init__(self, v):')
        self.emit(f'    self.v = v {r.choice(["+", "-", "*"])} {r.randint(0, 9)}')
        self.emit('def get(self):')
        self.emit(f'    return self.v {r.choice(["+", "//", "%", "*"])} {r.randint(1, 9)}')
        self.emit('def __repr__(self):')
        self.emit(f'    return "{c}(%r)" % (self.v,)')
        if r.random() < 0.5:
            self.emit('def __eq__(self, other):')
            self.emit('    return isinstance(other, type(self)) and self.v == other.v')
            self.emit('__hash__ = None' if r.random() < 0.3 else 'def __hash__(self):\n' + '    ' * (self.indent + 1) + 'return hash(self.v)')
        self.indent -= 1
        self.classes.append(c)


def program(rng):
    g = Gen(rng)
    for _ in range(rng.randint(3, 14)):
        g.stmt(0)
    names = [v for vs in g.vars.values() for v in vs]
    g.emit(f'print({", ".join(names[-6:])})' if names else 'print("end")')
    return '\n'.join(g.lines) + '\n'
