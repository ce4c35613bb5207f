"""The JSON value scanner: make_scanner(decoder) returns scan_once(string, idx) -> (value, end), which raises
StopIteration(idx) when no JSON value starts at idx. make_scanner is _json's (c_make_scanner) when that module
is present, py_make_scanner otherwise."""
import re

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?', re.ASCII)


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            ch = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if ch == '"':
            return parse_string(string, idx + 1, strict)
        if ch == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook, object_pairs_hook, memo)
        if ch == '[':
            return parse_array((string, idx + 1), _scan_once)
        if ch == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = match_number(string, idx)
        if m is not None:
            whole, frac, exp = m.groups()
            if frac or exp:
                value = parse_float(whole + (frac or '') + (exp or ''))
            else:
                value = parse_int(whole)
            return value, m.end()
        if ch == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if ch == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if ch == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
