"""_string (pytk): the format-string parser under string.Formatter, as CPython's _string exposes it."""


def formatter_parser(format_string):
    """An iterator of (literal_text, field_name, format_spec, conversion) for each part of FORMAT_STRING."""
    if not isinstance(format_string, str):
        raise TypeError(f'expected str, got {type(format_string).__name__}')
    import string
    return iter(list(string.Formatter.parse(None, format_string)))


def formatter_field_name_split(field_name):
    """(first, iterator of (is_attribute, key)) for a field name such as 'a.b[0]'."""
    if not isinstance(field_name, str):
        raise TypeError(f'expected str, got {type(field_name).__name__}')
    import string
    first, rest = string._split_field(field_name)
    return first, iter(rest)
