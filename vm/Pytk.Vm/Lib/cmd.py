"""cmd for pytk: line-oriented command interpreters (Cmd), as pdb uses (written for pytk).

A subclass defines do_NAME(arg) methods; cmdloop() prompts, reads a line, and onecmd() runs the command it
names ('?' is help, '!' is shell); an empty line repeats the last command; a true result ends the loop.
"""
import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Prompts and runs commands until one returns a true value (end of input is the command 'EOF')."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            if self.cmdqueue:
                line = self.cmdqueue.pop(0)
            elif self.use_rawinput:
                try:
                    line = input(self.prompt)
                except EOFError:
                    line = 'EOF'
            else:
                self.stdout.write(self.prompt)
                self.stdout.flush()
                line = self.stdin.readline()
                line = 'EOF' if not len(line) else line.rstrip('\r\n')
            line = self.precmd(line)
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line): '?' becomes help, '!' shell; command is None when the line has none."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if hasattr(self, 'do_shell'):
                line = 'shell ' + line[1:]
            else:
                return None, None, line
        i, n = 0, len(line)
        while i < n and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Runs one command line; its result says whether the loop ends."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = line
        if line == 'EOF':
            self.lastcmd = ''
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        return [a[3:] for a in self.get_names() if a.startswith('do_' + text)]

    def get_names(self):
        return dir(self.__class__)

    def do_help(self, arg):
        """List available commands with "help" or detailed help with "help cmd"."""
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                doc = getattr(getattr(self, 'do_' + arg, None), '__doc__', None)
                if doc:
                    self.stdout.write("%s\n" % str(doc))
                    return
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        helps = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        seen = set()
        for name in sorted(names):
            if name.startswith('do_'):
                command = name[3:]
                if command in seen:
                    continue
                seen.add(command)
                if command in helps:
                    documented.append(command)
                    helps.discard(command)
                elif getattr(self, name).__doc__:
                    documented.append(command)
                else:
                    undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(helps), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, items, displaywidth=80):
        """Prints the strings in as few rows as fit displaywidth, filled column by column."""
        if not items:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i in range(len(items)) if not isinstance(items[i], str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(items)
        if size == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                column = items[col * nrows:(col + 1) * nrows]
                width = max(len(x) for x in column)
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            nrows = size
            ncols = 1
            widths = [0]
        for row in range(nrows):
            texts = [items[row + nrows * col] for col in range(ncols) if row + nrows * col < size]
            while texts and not texts[-1]:
                del texts[-1]
            for col in range(len(texts)):
                texts[col] = texts[col].ljust(widths[col])
            self.stdout.write("%s\n" % str("  ".join(texts)))
