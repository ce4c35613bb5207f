"""json.tool (pytk's own implementation): validate and pretty-print JSON from the command line.

    pytk -m json.tool [--sort-keys] [--no-ensure-ascii] [--json-lines]
                      [--indent N | --tab | --no-indent | --compact] [infile] [outfile]

Reads one JSON document (or one per line with --json-lines) from infile (standard input when absent or '-') and
writes it, indented by 4 spaces unless told otherwise, to outfile (standard output when absent or '-'). The
outfile is opened only after the input is read, so infile and outfile may be the same file.
"""

import json
import sys

_PROG = 'python -m json.tool'
_USAGE = (f'usage: {_PROG} [-h] [--sort-keys] [--no-ensure-ascii] [--json-lines]\n'
          f'{" " * (len("usage: ") + len(_PROG))} [--indent INDENT | --tab | --no-indent | --compact]\n'
          f'{" " * (len("usage: ") + len(_PROG))} [infile] [outfile]\n')
_HELP = _USAGE + '''
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with
                     --no-indent or --compact to produce valid JSON Lines
                     output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for
                     indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
'''

_FLAGS = ('--sort-keys', '--no-ensure-ascii', '--json-lines')
_LAYOUTS = ('--indent', '--tab', '--no-indent', '--compact')


def _usage_error(message):
    sys.stderr.write(_USAGE + f'{_PROG}: error: {message}\n')
    raise SystemExit(2)


def _expand(arg, choices):
    """A long option or the one option it is an unambiguous prefix of (argparse accepts abbreviations)."""
    if arg in choices:
        return arg
    found = [c for c in choices if c.startswith(arg)]
    if len(found) == 1:
        return found[0]
    if found:
        _usage_error(f"ambiguous option: {arg} could match {', '.join(found)}")
    _usage_error(f'unrecognized arguments: {arg}')


def _parse(argv):
    opts = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False, 'indent': 4, 'separators': None}
    layout = None
    files = []
    i = 0
    only_files = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_files or arg == '-' or not arg.startswith('-'):
            files.append(arg)
            continue
        if arg == '--':
            only_files = True
            continue
        if arg in ('-h', '--help') or (arg.startswith('--h') and '--help'.startswith(arg)):
            sys.stdout.write(_HELP)
            raise SystemExit(0)
        value = None
        if arg.startswith('--') and '=' in arg:
            arg, value = arg.split('=', 1)
        if not arg.startswith('--'):
            _usage_error(f'unrecognized arguments: {arg}')
        name = _expand(arg, _FLAGS + _LAYOUTS + ('--help',))
        if name in _FLAGS:
            if value is not None:
                _usage_error(f'argument {name}: ignored explicit argument {value!r}')
            if name == '--no-ensure-ascii':
                opts['ensure_ascii'] = False
            else:
                opts[name[2:].replace('-', '_')] = True
            continue
        if layout is not None and layout != name:
            _usage_error(f'argument {name}: not allowed with argument {layout}')
        layout = name
        if name == '--indent':
            if value is None:
                if i >= len(argv):
                    _usage_error('argument --indent: expected one argument')
                value = argv[i]
                i += 1
            try:
                opts['indent'] = int(value)
            except ValueError:
                _usage_error(f"argument --indent: invalid int value: {value!r}")
        elif value is not None:
            _usage_error(f'argument {name}: ignored explicit argument {value!r}')
        elif name == '--tab':
            opts['indent'] = '\t'
        elif name == '--no-indent':
            opts['indent'] = None
        else:
            opts['indent'] = None
            opts['separators'] = (',', ':')
    if len(files) > 2:
        _usage_error(f"unrecognized arguments: {' '.join(files[2:])}")
    infile = files[0] if files else '-'
    outfile = files[1] if len(files) > 1 else '-'
    return opts, infile, outfile


def main():
    opts, infile_name, outfile_name = _parse(sys.argv[1:])
    json_lines = opts.pop('json_lines')
    try:
        if infile_name == '-':
            infile = sys.stdin
        else:
            try:
                infile = open(infile_name, encoding='utf-8')
            except OSError as e:
                _usage_error(f"argument infile: can't open '{infile_name}': {e}")
        try:
            if json_lines:
                objs = [json.loads(line) for line in infile]
            else:
                objs = [json.load(infile)]
        finally:
            if infile is not sys.stdin:
                infile.close()

        if outfile_name == '-':
            outfile = sys.stdout
        else:
            outfile = open(outfile_name, 'w', encoding='utf-8')
        try:
            for obj in objs:
                json.dump(obj, outfile, **opts)
                outfile.write('\n')
        finally:
            if outfile is not sys.stdout:
                outfile.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        raise SystemExit(exc.errno)
