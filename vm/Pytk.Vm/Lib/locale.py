"""locale (pytk's own implementation): the C/POSIX locale, the only one pytk has. setlocale accepts
'C', 'POSIX' and '' (which is C here) and refuses other names with locale.Error, as CPython does for a locale
the system lacks."""

import sys
import builtins as _builtins

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'localeconv',
           'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency', 'normalize', 'LC_CTYPE',
           'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX',
           'getencoding', 'delocalize', 'localize']

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127


class Error(Exception):
    pass


_current = {}


def setlocale(category, locale=None):
    if category not in range(7):
        raise Error('unsupported locale setting')
    if locale is None:
        return _current.get(category, 'C')
    if not isinstance(locale, _builtins.str):   # this module defines its own str()
        locale = '.'.join(x for x in locale if x)
    if locale not in ('', 'C', 'POSIX', 'C.UTF-8', 'C.utf8'):
        raise Error('unsupported locale setting')
    name = 'C' if locale in ('', 'POSIX') else locale
    if category == LC_ALL:
        for c in range(6):
            _current[c] = name
    _current[category] = name
    return name


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def getlocale(category=LC_CTYPE):
    name = _current.get(category, 'C')
    if name == 'C':
        return (None, None)
    lang, _, enc = name.partition('.')
    return (lang, enc or None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return (None, 'UTF-8')


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def normalize(localename):
    return localename


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
