"""Interactive interpreters: InteractiveInterpreter runs source, InteractiveConsole reads it line by line.

`pytk` without a file (and `pytk run -i FILE`) runs an InteractiveConsole: `>>> ` and `... ` prompts on
stderr, a compound statement ended by an empty line, values echoed through sys.displayhook (and kept in `_`),
tracebacks as CPython prints them, Ctrl-D (end of input) to leave, Ctrl-C to drop the current input.
"""
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (locals); reports syntax errors and tracebacks."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """True when the source is incomplete (more input needed); False once it was run or reported."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        typ, value, tb = sys.exc_info()
        if filename and isinstance(value, SyntaxError) and value.filename in (None, '<string>', '<input>'):
            value.filename = filename
        lines = traceback.format_exception_only(typ, value)
        self.write(''.join(lines))

    def showtraceback(self):
        typ, value, tb = sys.exc_info()
        # The entry of runcode itself is not the user's: start at the code that was run.
        lines = traceback.format_exception(typ, value, tb.tb_next if tb is not None else None)
        self.write(''.join(lines))

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """Reads lines, buffers an incomplete statement, and runs each complete one."""

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        super().__init__(locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (sys.version, sys.platform,
                       'Type "help", "copyright", "credits" or "license" for more information.',
                       self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line, filename=None, _symbol="single"):
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        if filename is None:
            filename = self.filename
        more = self.runsource(source, filename, symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)


class _Repl(InteractiveConsole):
    """The console `pytk` runs: prompts on stderr, plain line reads from stdin, errors in <stdin>'s name, and
    tracebacks that show the lines typed (as CPython 3.13's prompt does)."""

    def runcode(self, code):
        import _pytk
        _pytk.keep_source(code)
        super().runcode(code)

    def raw_input(self, prompt=""):
        sys.stderr.write(prompt)
        sys.stderr.flush()
        try:
            sys.stdout.flush()
        except Exception:
            pass
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line[:-1] if line.endswith("\n") else line


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Runs an InteractiveConsole until end of input."""
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


def _pytk_repl(namespace, banner):
    """The interactive mode of `pytk` (no file, or run -i): runs in __main__'s namespace."""
    console = _Repl(namespace, filename="<stdin>")
    console.interact(banner, '')


if __name__ == "__main__":
    interact()
