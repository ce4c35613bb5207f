"""Compiling what a user types at a prompt: is it complete, incomplete (more lines to come), or an error?

pytk's parser has no "incomplete input" mode, so the rule is spelled out: input is incomplete when it ends in
a backslash continuation, when it opens a compound statement (a line ending in ':', or a decorator) that no
blank line has ended yet, or when compiling it fails only because the text ended (an open bracket or
triple-quoted string, a missing indented block).
"""
import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_EOF_MESSAGES = ("was never closed", "unterminated triple-quoted string", "unexpected EOF",
                 "expected an indented block", "incomplete input", "unexpected end of")

_COMPOUND = ("if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "async",
             "match", "case")


def _opens_block(source):
    """Whether the input starts a compound statement (or decorator) that only a blank line ends."""
    for line in source.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("@"):
            return True
        word = stripped.split(None, 1)[0].split("(")[0].split(":")[0]
        if word in _COMPOUND:
            return word not in ("match", "case") or _code_part(stripped).endswith(":")
        return False
    return False


def _code_part(line):
    """The line without a trailing comment (a '#' outside quotes)."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#":
            return line[:i].rstrip()
    return line.rstrip()


def _maybe_compile(compiler, source, filename, symbol):
    # Only blank lines and comments: nothing to run (a 'pass' in statement modes).
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    if source.endswith("\\") and not source.endswith("\\\\"):
        return None
    if symbol != "eval" and _opens_block(source) and not source.endswith("\n"):
        # The block goes on until an empty line; check only that what is there so far can go on.
        if all(line.strip().startswith(("@", "#")) or not line.strip() for line in source.split("\n")):
            return None         # only decorators so far: the definition follows
        try:
            compiler(source + "\n", filename, symbol)
        except SyntaxError as e:
            if not any(m in str(e.msg) for m in _EOF_MESSAGES):
                raise
        return None
    try:
        return compiler(source, filename, symbol)
    except SyntaxError as e:
        if any(m in str(e.msg) for m in _EOF_MESSAGES):
            return None
        raise


def _compile(source, filename, symbol, incomplete_input=True, **kwargs):
    return compile(source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object if the command is complete and valid, None if it is incomplete; SyntaxError,
    OverflowError or ValueError if it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.flags = 0

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        code = compile(source, filename, symbol)
        for feature in __future__.all_feature_names:
            if feature in source and 'from __future__ import' in source:
                self.flags |= getattr(__future__, feature).compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers the __future__ statements it has seen."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
