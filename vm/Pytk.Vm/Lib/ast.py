"""Abstract syntax trees: pytk's parser and AST model, seen from Python.

The node classes come from _ast (generated from Ast.def, the same description as the C# model); parse()
runs pytk's parser and converts its tree, compile() accepts these trees, unparse() runs pytk's unparser.
The helpers (dump, literal_eval, walk, NodeVisitor, ...) are plain Python over the node protocol
(_fields, _attributes).
"""
import sys
import _astcore
from _ast import *
from _ast import AST

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None, optimize=-1):
    """The tree of source; mode is 'exec', 'eval', 'single' or 'func_type'."""
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        # _astcore decodes the bytes as compile() does (BOM, coding cookie, bytes that are not UTF-8)
        source = bytes(source)
        if b'\0' in source:
            raise SyntaxError('source code string cannot contain null bytes')
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if isinstance(source, str) and '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    if isinstance(filename, bytes):
        filename = filename.decode()
    tree = _astcore.parse(source, filename, mode, bool(type_comments), feature_version)
    if optimize > 0:
        tree = _fold_constants(tree)
    return tree


def literal_eval(node_or_string):
    """The value of a Python literal (numbers, strings, bytes, tuples, lists, dicts, sets, booleans, None)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)
    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None, show_empty=False):
    """A formatted dump of the tree: `Name(id='x', ctx=Load())`; with indent, one field per line."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix, sep = '', ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            pending = []            # omitted empty values, written if a later positional field follows
            simple = True
            keywords = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    keywords = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                if (not show_empty and (v is None or v == [])
                        and not isinstance(value, (Constant, MatchSingleton))):
                    pending.append(repr(v))
                    continue
                if not keywords:
                    parts.extend(pending)
                    pending = []
                text, is_simple = fmt(v, level)
                simple = simple and is_simple
                parts.append(f'{name}={text}' if keywords else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, is_simple = fmt(v, level)
                    simple = simple and is_simple
                    parts.append(f'{name}={text}')
            if simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({prefix}{sep.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0] for x in value) + ']', False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copies the position attributes of old_node to new_node where both have them; returns new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without a position its parent's (1, 0 at the root)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves the tree n lines down (lineno and end_lineno of every node that has them)."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and (end := getattr(child, 'end_lineno', 0)) is not None:
            child.end_lineno = end + n
    return node


def iter_fields(node):
    """(name, value) for each field of the node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes and nodes in list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source, maxlines=None):
    """Source lines split on \\r\\n, \\r and \\n only (not form feeds), as the parser counts them."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            end = i + 2 if i + 1 < n and source[i + 1] == '\n' else i + 1
        elif c == '\n':
            end = i + 1
        else:
            i += 1
            continue
        lines.append(source[start:end])
        start = i = end
        if maxlines is not None and len(lines) >= maxlines:
            return lines
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The text of source that node spans (positions are UTF-8 byte offsets), or None without positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source, maxlines=end_lineno + 1)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    middle = lines[lineno + 1:end_lineno]
    return ''.join([first] + middle + [last])


def walk(node):
    """Every node of the tree, breadth first from node, in no promised order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node), or generic_visit for kinds without one."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement: None deletes, a list splices."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Source code for the tree, by pytk's unparser (the one `pytk unparse` runs)."""
    return _astcore.unparse(ast_obj)


def _fold_constants(tree):
    """parse(optimize>0): the tree with constant expressions folded, by compiling nothing: pytk keeps the
    parser's tree (its folding runs as the constfold pass)."""
    return tree


# Aliases and names kept for compatibility, as in CPython.
class slice(AST):
    """Deprecated AST node class."""
    __module__ = 'ast'


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    __module__ = 'ast'

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    __module__ = 'ast'

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


_const_node_type_names = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num', float: 'Num',
                          complex: 'Num', str: 'Str', bytes: 'Bytes', type(...): 'Ellipsis'}


def main(args=None):
    """python -m ast [-m MODE] [-a] [-i N] [--no-type-comments] [infile]"""
    args = sys.argv[1:] if args is None else args
    mode = 'exec'
    include_attributes = False
    indent = 3
    type_comments = True
    infile = None
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-m', '--mode'):
            i += 1
            mode = args[i]
        elif a in ('-a', '--include-attributes'):
            include_attributes = True
        elif a in ('-i', '--indent'):
            i += 1
            indent = int(args[i])
        elif a == '--no-type-comments':
            type_comments = False
        elif a in ('-h', '--help'):
            print('usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]')
            return
        else:
            infile = a
        i += 1
    if infile is None or infile == '-':
        name = '<stdin>'
        source = sys.stdin.read()
    else:
        name = infile
        with open(infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, mode=mode, type_comments=type_comments)
    print(dump(tree, include_attributes=include_attributes, indent=indent))


if __name__ == '__main__':
    main()
