"""pdb for pytk: the Python debugger, over bdb and sys.settrace (written for pytk).

    pytk run -m pdb [-c COMMAND] SCRIPT [ARGS]     debug a script from its first line
    breakpoint() / pdb.set_trace()                  stop here, in the running program
    pdb.run / runeval / runcall / post_mortem / pm

Commands (CPython 3.13's names and output): s(tep), n(ext), unt(il) [LINE], r(eturn), c(ont(inue)), j(ump) is
not supported, b(reak) [[FILE:]LINE | FUNCTION][, COND], tbreak, cl(ear), condition, ignore, enable, disable,
l(ist) [FIRST[, LAST] | .], ll/longlist, p, pp, whatis, display/undisplay, w(here), u(p)/d(own) [COUNT], a(rgs),
rv/retval, source, h(elp), q(uit)/exit/EOF, !STATEMENT (or any line that is not a command), commands' aliases
are not supported.
"""
import bdb
import cmd
import linecache
import os
import pprint
import sys
import traceback

__all__ = ["run", "pm", "Pdb", "runeval", "runctx", "runcall", "set_trace", "post_mortem", "help"]


class Restart(Exception):
    """Raised to restart the debugged program."""


class _rstr(str):
    """A string whose repr is itself (a display's error text)."""

    def __repr__(self):
        return self


line_prefix = '\n-> '


class Pdb(bdb.Bdb, cmd.Cmd):
    """The debugger: Bdb's stops become prompts where the user inspects and steers the program."""

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        bdb.Bdb.__init__(self, skip=skip)
        cmd.Cmd.__init__(self, completekey, stdin, stdout)
        self.prompt = '(Pdb) '
        self.aliases = {}
        self.displaying = {}
        self.mainpyfile = ''
        self._wait_for_mainpyfile = False
        self._user_requested_quit = False
        self.tb_lineno = {}
        self.rcLines = []
        self.commands_defining = False
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None

    # ---- stops

    def reset(self):
        bdb.Bdb.reset(self)
        self.forget()

    def forget(self):
        self.lineno = None
        self.stack = []
        self.curindex = 0
        self.curframe = None
        self.tb_lineno.clear()

    def setup(self, f, tb):
        self.forget()
        self.stack, self.curindex = self.get_stack(f, tb)
        while tb:
            # the line of each frame where the exception passed
            self.tb_lineno[tb.tb_frame] = tb.tb_lineno
            tb = tb.tb_next
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        if self.rcLines:
            self.cmdqueue = [line for line in self.rcLines if line.strip() and not line.strip().startswith('#')]
            self.rcLines = []
        return False

    def user_call(self, frame, argument_list):
        if self._wait_for_mainpyfile:
            return
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame, None)

    def user_line(self, frame):
        if self._wait_for_mainpyfile:
            if (self.mainpyfile != self.canonic(frame.f_code.co_filename) or frame.f_lineno <= 0):
                return
            self._wait_for_mainpyfile = False
        self.interaction(frame, None)

    def user_opcode(self, frame):
        self.user_line(frame)

    def user_return(self, frame, return_value):
        if self._wait_for_mainpyfile:
            return
        frame.f_locals['__return__'] = return_value
        self.message('--Return--')
        self.interaction(frame, None)

    def user_exception(self, frame, exc_info):
        if self._wait_for_mainpyfile:
            return
        exc_type, exc_value, exc_traceback = exc_info
        frame.f_locals['__exception__'] = exc_type, exc_value
        prefix = 'Internal ' if (not exc_traceback and exc_type is StopIteration) else ''
        self.message('%s%s' % (prefix, self._format_exc(exc_value)))
        self.interaction(frame, exc_traceback)

    def interaction(self, frame, tb_or_exc):
        if isinstance(tb_or_exc, BaseException):
            tb = tb_or_exc.__traceback__
        else:
            tb = tb_or_exc
        if self.setup(frame, tb):
            self.forget()
            return
        self.print_stack_entry(self.stack[self.curindex])
        while True:
            try:
                self.cmdloop()
                break
            except KeyboardInterrupt:
                self.message('--KeyboardInterrupt--')
        self.forget()

    def preloop(self):
        """Before each prompt: the displays whose values changed."""
        displaying = self.displaying.get(self.curframe)
        if displaying:
            for expr, oldvalue in displaying.items():
                newvalue = self._getval_except(expr)
                if newvalue is not oldvalue and newvalue != oldvalue:
                    displaying[expr] = newvalue
                    self.message('display %s: %s  [old: %s]' % (expr, self._safe_repr(newvalue, expr),
                                                                 self._safe_repr(oldvalue, expr)))

    # ---- output

    def message(self, msg, end='\n'):
        print(msg, end=end, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    def _format_exc(self, exc):
        return traceback.format_exception_only(exc)[-1].strip()

    def _error_exc(self):
        self.error(self._format_exc(sys.exception()))

    def _safe_repr(self, obj, expr):
        try:
            return repr(obj)
        except Exception as e:
            return _rstr(f"*** repr({expr}) failed: {self._format_exc(e)} ***")

    def print_stack_entry(self, frame_lineno, prompt_prefix=line_prefix):
        frame, lineno = frame_lineno
        prefix = '> ' if frame is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    def print_stack_trace(self, count=None):
        if count is None:
            stack = self.stack
        elif count == 0:
            return
        elif count < 0:
            stack = self.stack[:-count]
        else:
            stack = self.stack[-count:]
        for frame_lineno in stack:
            self.print_stack_entry(frame_lineno)

    # ---- commands: the line

    def default(self, line):
        """A line that is not a command is a statement run in the current frame."""
        if line[:1] == '!':
            line = line[1:].strip()
        globals = self.curframe.f_globals
        locals = self.curframe_locals
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            save_stdout, save_displayhook = sys.stdout, sys.displayhook
            try:
                sys.stdout = self.stdout
                sys.displayhook = self._displayhook
                exec(code, globals, locals)
            finally:
                sys.stdout, sys.displayhook = save_stdout, save_displayhook
        except:
            self._error_exc()

    def _displayhook(self, obj):
        if obj is not None:
            self.message(repr(obj))

    def precmd(self, line):
        """';;' separates commands on one line: the rest waits in the queue."""
        if not line.strip():
            return line
        marker = line.find(';;')
        if marker >= 0:
            next_line = line[marker + 2:].lstrip()
            self.cmdqueue.insert(0, next_line)
            line = line[:marker].rstrip()
        return line

    def onecmd(self, line):
        return cmd.Cmd.onecmd(self, line)

    def _getval(self, arg):
        try:
            return eval(arg, self.curframe.f_globals, self.curframe_locals)
        except:
            self._error_exc()
            raise

    def _getval_except(self, arg, frame=None):
        try:
            if frame is None:
                return eval(arg, self.curframe.f_globals, self.curframe_locals)
            return eval(arg, frame.f_globals, frame.f_locals)
        except BaseException as exc:
            return _rstr('** raised %s **' % self._format_exc(exc))

    def _print_invalid_arg(self, arg):
        self.error(f"Invalid argument: {arg}")

    # ---- commands: stepping

    def do_step(self, arg):
        """s(tep)\n\nExecute the current line, stop at the first possible occasion."""
        if arg:
            self._print_invalid_arg(arg)
            return
        self.set_step()
        return 1

    do_s = do_step

    def do_next(self, arg):
        """n(ext)\n\nContinue execution until the next line in the current function is reached or it returns."""
        if arg:
            self._print_invalid_arg(arg)
            return
        self.set_next(self.curframe)
        return 1

    do_n = do_next

    def do_until(self, arg):
        """unt(il) [lineno]\n\nContinue until a line with a number greater than the current one (or lineno) is reached."""
        if arg:
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
            if lineno <= self.curframe.f_lineno:
                self.error('"until" line number is smaller than current line number')
                return
        else:
            lineno = None
        self.set_until(self.curframe, lineno)
        return 1

    do_unt = do_until

    def do_return(self, arg):
        """r(eturn)\n\nContinue execution until the current function returns."""
        if arg:
            self._print_invalid_arg(arg)
            return
        self.set_return(self.curframe)
        return 1

    do_r = do_return

    def do_continue(self, arg):
        """c(ont(inue))\n\nContinue execution, only stop when a breakpoint is encountered."""
        if arg:
            self._print_invalid_arg(arg)
            return
        self.set_continue()
        return 1

    do_c = do_cont = do_continue

    def do_quit(self, arg):
        """q(uit) | exit\n\nQuit from the debugger. The program being executed is aborted."""
        if arg:
            self._print_invalid_arg(arg)
            return
        self._user_requested_quit = True
        self.set_quit()
        return 1

    do_q = do_exit = do_quit

    def do_EOF(self, arg):
        """EOF\n\nHandles the receipt of EOF as a command."""
        self.message('')
        return self.do_quit(arg)

    def do_restart(self, arg):
        """restart [args ...]\n\nRestart the debugged python program."""
        if arg:
            import shlex
            argv0 = sys.argv[0:1]
            sys.argv = shlex.split(arg)
            sys.argv[:0] = argv0
        raise Restart

    do_run = do_restart

    # ---- commands: the stack

    def do_where(self, arg):
        """w(here) [count]\n\nPrint a stack trace, with the most recent frame at the bottom."""
        if not arg:
            count = None
        else:
            try:
                count = int(arg)
            except ValueError:
                self.error('Invalid count (%s)' % arg)
                return
        self.print_stack_trace(count)

    do_w = do_bt = do_where

    def _select_frame(self, number):
        self.curindex = number
        self.curframe = self.stack[self.curindex][0]
        self.curframe_locals = self.curframe.f_locals
        self.print_stack_entry(self.stack[self.curindex])
        self.lineno = None

    def do_up(self, arg):
        """u(p) [count]\n\nMove the current frame count (default one) levels up in the stack trace."""
        if self.curindex == 0:
            self.error('Oldest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        newframe = 0 if count < 0 else max(0, self.curindex - count)
        self._select_frame(newframe)

    do_u = do_up

    def do_down(self, arg):
        """d(own) [count]\n\nMove the current frame count (default one) levels down in the stack trace."""
        if self.curindex + 1 == len(self.stack):
            self.error('Newest frame')
            return
        try:
            count = int(arg or 1)
        except ValueError:
            self.error('Invalid frame count (%s)' % arg)
            return
        newframe = len(self.stack) - 1 if count < 0 else min(len(self.stack) - 1, self.curindex + count)
        self._select_frame(newframe)

    do_d = do_down

    # ---- commands: looking

    def do_args(self, arg):
        """a(rgs)\n\nPrint the argument list of the current function."""
        if arg:
            self._print_invalid_arg(arg)
            return
        co = self.curframe.f_code
        values = self.curframe_locals
        n = co.co_argcount + co.co_kwonlyargcount
        if co.co_flags & 4:
            n += 1
        if co.co_flags & 8:
            n += 1
        for i in range(n):
            name = co.co_varnames[i]
            if name in values:
                self.message('%s = %s' % (name, self._safe_repr(values[name], name)))
            else:
                self.message('%s = *** undefined ***' % (name,))

    do_a = do_args

    def do_retval(self, arg):
        """retval\n\nPrint the return value for the last return of a function."""
        if arg:
            self._print_invalid_arg(arg)
            return
        if '__return__' in self.curframe_locals:
            self.message(self._safe_repr(self.curframe_locals['__return__'], "retval"))
        else:
            self.error('Not yet returned!')

    do_rv = do_retval

    def _msg_val_func(self, arg, func):
        try:
            val = self._getval(arg)
        except:
            return
        try:
            self.message(func(val))
        except:
            self._error_exc()

    def do_p(self, arg):
        """p expression\n\nPrint the value of the expression."""
        self._msg_val_func(arg, repr)

    def do_pp(self, arg):
        """pp expression\n\nPretty-print the value of the expression."""
        self._msg_val_func(arg, pprint.pformat)

    def do_whatis(self, arg):
        """whatis expression\n\nPrint the type of the argument."""
        try:
            value = self._getval(arg)
        except:
            return
        code = getattr(value, '__code__', None)
        if code is not None and hasattr(value, '__func__'):
            self.message('Method %s' % value.__func__.__qualname__)
            return
        if code is not None and hasattr(value, '__qualname__'):
            self.message('Function %s' % value.__qualname__)
            return
        if value.__class__ is type:
            self.message('Class %s.%s' % (value.__module__, value.__qualname__))
            return
        self.message(str(type(value)))

    def do_display(self, arg):
        """display [expression]\n\nDisplay the value of the expression if it changed, each time execution stops."""
        if not arg:
            if self.displaying:
                self.message('Currently displaying:')
                for key, val in self.displaying.get(self.curframe, {}).items():
                    self.message('%s: %s' % (key, self._safe_repr(val, key)))
            else:
                self.message('No expression is being displayed')
            return
        try:
            compile(arg, '<stdin>', 'eval')
        except SyntaxError as exc:
            self.error('Unable to display %s: %r' % (arg, self._format_exc(exc)))
            return
        val = self._getval_except(arg)
        self.displaying.setdefault(self.curframe, {})[arg] = val
        self.message('display %s: %s' % (arg, self._safe_repr(val, arg)))

    def do_undisplay(self, arg):
        """undisplay [expression]\n\nDo not display the expression any more in the current frame."""
        if arg:
            try:
                del self.displaying.get(self.curframe, {})[arg]
            except KeyError:
                self.error('not displaying %s' % arg)
        else:
            self.displaying.pop(self.curframe, None)

    def do_list(self, arg):
        """l(ist) [first[, last] | .]\n\nList source code for the current file."""
        self.lastcmd = 'list'
        last = None
        if arg and arg != '.':
            try:
                if ',' in arg:
                    first, last = arg.split(',')
                    first = int(first.strip())
                    last = int(last.strip())
                    if last < first:
                        last = first + last
                else:
                    first = max(1, int(arg.strip()) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return
        elif self.lineno is None or arg == '.':
            first = max(1, self.curframe.f_lineno - 5)
        else:
            first = self.lineno + 1
        if last is None:
            last = first + 10
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        try:
            lines = linecache.getlines(filename, self.curframe.f_globals)
            self._print_lines(lines[first - 1:last], first, breaklist, self.curframe)
            self.lineno = min(last, len(lines))
            if len(lines) < last:
                self.message('[EOF]')
        except KeyboardInterrupt:
            pass

    do_l = do_list

    def do_longlist(self, arg):
        """ll | longlist\n\nList the whole source code for the current function or frame."""
        if arg:
            self._print_invalid_arg(arg)
            return
        filename = self.curframe.f_code.co_filename
        breaklist = self.get_file_breaks(filename)
        lines, lineno = self._source_of(self.curframe)
        if lines is None:
            self.error('could not get source code')
            return
        self._print_lines(lines, lineno, breaklist, self.curframe)

    do_ll = do_longlist

    def do_source(self, arg):
        """source expression\n\nTry to get the source code for the given object and display it."""
        try:
            obj = self._getval(arg)
        except:
            return
        try:
            import inspect
            lines, lineno = inspect.getsourcelines(obj)
        except (OSError, TypeError) as err:
            self.error(err)
            return
        self._print_lines(lines, lineno)

    def _source_of(self, frame):
        """A frame's source lines and the first one's number: the whole file for a module frame."""
        filename = frame.f_code.co_filename
        lines = linecache.getlines(filename, frame.f_globals)
        if not lines:
            return None, None
        if frame.f_globals is frame.f_locals or frame.f_code.co_name == '<module>':
            return lines, 1
        import inspect
        try:
            block, lineno = inspect.getsourcelines(frame.f_code)
            return block, lineno
        except (OSError, TypeError):
            return None, None

    def _print_lines(self, lines, start, breaks=(), frame=None):
        if frame:
            current = frame.f_lineno
            exc_line = self.tb_lineno.get(frame, -1)
        else:
            current = exc_line = -1
        for lineno, line in enumerate(lines, start):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += 'B' if lineno in breaks else ' '
            if lineno == current:
                s += '->'
            elif lineno == exc_line:
                s += '>>'
            self.message(s + '\t' + line.rstrip())

    # ---- commands: breakpoints

    def do_break(self, arg, temporary=False):
        """b(reak) [ ([filename:]lineno | function) [, condition] ]\n\nSet a breakpoint, or list them."""
        if not arg:
            if self.breaks:
                self.message("Num Type         Disp Enb   Where")
                for bp in bdb.Breakpoint.bpbynumber:
                    if bp:
                        self.message(bp.bpformat())
            return
        filename = None
        lineno = None
        cond = None
        comma = arg.find(',')
        if comma > 0:
            cond = arg[comma + 1:].lstrip()
            try:
                compile(cond, '<stdin>', 'eval')
            except SyntaxError as exc:
                self.error('Invalid condition %s: %r' % (cond, self._format_exc(exc)))
                return
            arg = arg[:comma].rstrip()
        colon = arg.rfind(':')
        funcname = None
        if colon >= 0:
            filename = arg[:colon].rstrip()
            found = self.lookupmodule(filename)
            if not found:
                self.error('%r not found from sys.path' % filename)
                return
            filename = found
            arg = arg[colon + 1:].lstrip()
            try:
                lineno = int(arg)
            except ValueError:
                self.error('Bad lineno: %s' % arg)
                return
        else:
            try:
                lineno = int(arg)
            except ValueError:
                try:
                    func = eval(arg, self.curframe.f_globals, self.curframe_locals)
                except:
                    func = arg
                code = getattr(getattr(func, '__func__', func), '__code__', None)
                if code is not None:
                    funcname = code.co_name
                    lineno = _first_executable_line(code)
                    filename = code.co_filename
                else:
                    # not defined yet: a top-level `def NAME(` in the file
                    found = _find_function(arg.strip(), self.canonic(self.defaultFile()))
                    if found is None:
                        self.error('The specified object %r is not a function or was not found along sys.path.' % arg)
                        return
                    funcname, filename, lineno = found
        if not filename:
            filename = self.defaultFile()
        line = self.checkline(filename, lineno)
        if line:
            err = self.set_break(filename, line, temporary, cond, funcname)
            if err:
                self.error(err)
            else:
                bp = self.get_breaks(filename, line)[-1]
                self.message("Breakpoint %d at %s:%d" % (bp.number, bp.file, bp.line))

    do_b = do_break

    def do_tbreak(self, arg):
        """tbreak [ ([filename:]lineno | function) [, condition] ]\n\nA temporary breakpoint: removed when first hit."""
        self.do_break(arg, True)

    def defaultFile(self):
        filename = self.curframe.f_code.co_filename
        if filename == '<string>' and self.mainpyfile:
            filename = self.mainpyfile
        return filename

    def lookupmodule(self, filename):
        if os.path.isabs(filename) and os.path.exists(filename):
            return filename
        f = os.path.join(sys.path[0], filename)
        if os.path.exists(f) and self.canonic(f) == self.mainpyfile:
            return f
        root, ext = os.path.splitext(filename)
        if ext == '':
            filename = filename + '.py'
        if os.path.isabs(filename):
            return filename
        for dirname in sys.path:
            while os.path.islink(dirname):
                dirname = os.readlink(dirname)
            fullname = os.path.join(dirname, filename)
            if os.path.exists(fullname):
                return fullname
        return None

    def checkline(self, filename, lineno):
        frame = self.curframe
        line = linecache.getline(filename, lineno, frame.f_globals if frame else None)
        if not line:
            self.message('End of file')
            return 0
        line = line.strip()
        if not line or line[0] == '#' or line[:3] == '"""' or line[:3] == "'''":
            self.error('Blank or comment')
            return 0
        return lineno

    def do_clear(self, arg):
        """cl(ear) [filename:lineno | bpnumber ...]\n\nDelete breakpoints (all of them without an argument)."""
        if not arg:
            try:
                reply = input('Clear all breaks? ')
            except EOFError:
                reply = 'no'
            reply = reply.strip().lower()
            if reply in ('y', 'yes'):
                numbered = [bp for bp in bdb.Breakpoint.bpbynumber if bp]
                self.clear_all_breaks()
                for bp in numbered:
                    self.message('Deleted %s' % bp)
            return
        if ':' in arg:
            i = arg.rfind(':')
            filename = arg[:i]
            arg = arg[i + 1:]
            try:
                lineno = int(arg)
            except ValueError:
                err = "Invalid line number (%s)" % arg
            else:
                bplist = self.get_breaks(filename, lineno)[:]
                err = self.clear_break(filename, lineno)
            if err:
                self.error(err)
            else:
                for bp in bplist:
                    self.message('Deleted %s' % bp)
            return
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                self.clear_bpbynumber(i)
                self.message('Deleted %s' % bp)

    do_cl = do_clear

    def do_condition(self, arg):
        """condition bpnumber [condition]\n\nSet a new condition for the breakpoint (none: unconditional)."""
        args = arg.split(' ', 1)
        try:
            cond = args[1]
            compile(cond, '<stdin>', 'eval')
        except IndexError:
            cond = None
        except SyntaxError as exc:
            self.error('Invalid condition %s: %r' % (cond, self._format_exc(exc)))
            return
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except IndexError:
            self.error('Breakpoint number expected')
        except ValueError as err:
            self.error(err)
        else:
            bp.cond = cond
            if not cond:
                self.message('Breakpoint %d is now unconditional.' % bp.number)
            else:
                self.message('New condition set for breakpoint %d.' % bp.number)

    def do_ignore(self, arg):
        """ignore bpnumber [count]\n\nIgnore the breakpoint the next count times it is hit."""
        args = arg.split()
        if not args:
            self.error('Breakpoint number expected')
            return
        if len(args) == 1:
            count = 0
        elif len(args) == 2:
            try:
                count = int(args[1])
            except ValueError:
                self._print_invalid_arg(arg)
                return
        else:
            self._print_invalid_arg(arg)
            return
        try:
            bp = self.get_bpbynumber(args[0].strip())
        except ValueError as err:
            self.error(err)
            return
        bp.ignore = count
        if count > 0:
            countstr = '1 crossing' if count == 1 else '%d crossings' % count
            self.message('Will ignore next %s of breakpoint %d.' % (countstr, bp.number))
        else:
            self.message('Will stop next time breakpoint %d is reached.' % bp.number)

    def do_enable(self, arg):
        """enable bpnumber [bpnumber ...]"""
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.enable()
                self.message('Enabled %s' % bp)

    def do_disable(self, arg):
        """disable bpnumber [bpnumber ...]"""
        for i in arg.split():
            try:
                bp = self.get_bpbynumber(i)
            except ValueError as err:
                self.error(err)
            else:
                bp.disable()
                self.message('Disabled %s' % bp)

    def do_help(self, arg):
        """h(elp) [command]\n\nWithout argument, print the list of available commands."""
        if not arg:
            return cmd.Cmd.do_help(self, arg)
        command = getattr(self, 'do_' + arg, None)
        if command is None or not command.__doc__:
            self.error('No help for %r' % arg)
            return
        self.message(command.__doc__.rstrip())

    do_h = do_help

    # ---- running a script

    def _run(self, filename):
        self._wait_for_mainpyfile = True
        self._user_requested_quit = False
        self.mainpyfile = self.canonic(filename)
        import __main__
        __main__.__dict__.clear()
        __main__.__dict__.update({'__name__': '__main__', '__file__': filename,
                                  '__builtins__': __builtins__, '__spec__': None})
        with open(filename, 'rb') as fp:
            source = fp.read()
        self.run("exec(compile(%r, %r, 'exec'))" % (source, filename))


def _find_function(funcname, filename):
    """(funcname, filename, the line of its body's first instruction) for a `def funcname(` starting a line."""
    import re
    pattern = re.compile(r'def\s+%s\s*[(]' % re.escape(funcname))
    lines = linecache.getlines(filename)
    for i, line in enumerate(lines):
        if pattern.match(line):
            for end in range(i + 1, len(lines) + 1):
                try:
                    code = compile(''.join(lines[i:end]), filename, 'exec').co_consts[0]
                except SyntaxError:
                    continue
                return funcname, filename, i + _first_executable_line(code)
    return None


def _first_executable_line(code):
    """The line of the code object's first instruction after its RESUME (its first line when there is none)."""
    import dis
    previous = None
    for instr in dis.get_instructions(code):
        if previous is not None and previous.opname == 'RESUME':
            lineno = instr.positions.lineno if instr.positions else instr.starts_line
            return lineno if lineno else code.co_firstlineno
        previous = instr
    return code.co_firstlineno


# ---- the module's functions

def run(statement, globals=None, locals=None):
    Pdb().run(statement, globals, locals)


def runeval(expression, globals=None, locals=None):
    return Pdb().runeval(expression, globals, locals)


def runctx(statement, globals, locals):
    run(statement, globals, locals)


def runcall(*args, **kwds):
    return Pdb().runcall(*args, **kwds)


def set_trace(*, header=None):
    """Stops the program in the caller's frame with the debugger's prompt."""
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)


def post_mortem(t=None):
    """The prompt in the frames of a traceback (or an exception; the one being handled by default)."""
    if isinstance(t, BaseException):
        t = t.__traceback__
    if t is None:
        exc = sys.exception()
        if exc is not None:
            t = exc.__traceback__
    if t is None:
        raise ValueError("A valid traceback must be passed if no exception is being handled")
    p = Pdb()
    p.reset()
    while t.tb_next is not None:
        t = t.tb_next
    p.interaction(t.tb_frame, t)


def pm():
    """Post-mortem of the last uncaught exception (sys.last_exc)."""
    exc = getattr(sys, 'last_exc', None)
    if exc is None:
        raise RuntimeError("No last exception")
    post_mortem(exc)


def help():
    print(__doc__)


_usage = """\
usage: pdb.py [-h] [-c command] (-m module | pyfile) [args ...]

Debug the Python program given by pyfile. Alternatively,
an executable module or package to debug can be specified using
the -m switch."""


def main():
    args = sys.argv[1:]
    commands = []
    while args and args[0].startswith('-'):
        opt = args.pop(0)
        if opt in ('-h', '--help'):
            print(_usage)
            sys.exit(0)
        if opt in ('-c', '--command') and args:
            commands.append(args.pop(0))
        else:
            print(_usage, file=sys.stderr)
            sys.exit(2)
    if not args:
        print(_usage)
        sys.exit(2)
    filename = args[0]
    if not os.path.exists(filename):
        print('Error:', filename, 'does not exist')
        sys.exit(1)
    if os.path.isdir(filename):
        print('Error:', filename, 'is a directory')
        sys.exit(1)
    sys.argv[:] = args
    sys.path[0] = os.path.dirname(os.path.abspath(filename))
    debugger = Pdb()
    debugger.rcLines.extend(commands)
    while True:
        try:
            debugger._run(filename)
        except Restart:
            print("Restarting", filename, "with arguments:")
            print("\t" + " ".join(sys.argv[1:]))
        except SystemExit as e:
            print("The program exited via sys.exit(). Exit status:", end=' ')
            print(e)
        except BaseException as e:
            traceback.print_exception(e)
            print("Uncaught exception. Entering post mortem debugging")
            print("Running 'cont' or 'step' will restart the program")
            try:
                debugger.interaction(None, e)
            except Restart:
                print("Restarting", filename, "with arguments:")
                print("\t" + " ".join(sys.argv[1:]))
                continue
        if debugger._user_requested_quit:
            break
        print("The program finished and will be restarted")


if __name__ == '__main__':
    import pdb
    pdb.main()
