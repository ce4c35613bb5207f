"""bdb for pytk: the debugger framework pdb is built on, over sys.settrace (written for pytk).

Bdb turns trace events into decisions: it stops where stepping asks (step, next, return, until), where a
breakpoint is (Breakpoint: file and line, function, temporary, condition, ignore count) and calls user_call,
user_line, user_return or user_exception there; a subclass (pdb.Pdb) talks to the user.
"""
import fnmatch
import os
import sys

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

GENERATOR_AND_COROUTINE_FLAGS = 0x20 | 0x80 | 0x200   # CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class BdbQuit(Exception):
    """Raised by the debugger to end the debugged program."""


def _short_repr(value, limit=30):
    text = repr(value)
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = text[:keep] + '...' + text[len(text) - (limit - 3 - keep):]
    return text


class Bdb:
    """The debugger core: trace dispatch, stepping state and breakpoints (a subclass implements user_*)."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}          # canonic filename -> [line, ...]
        self.fncache = {}
        self.frame_returning = None
        self.frame_trace_lines_opcodes = {}   # frame -> its (f_trace_lines, f_trace_opcodes) before set_trace
        self.trace_opcodes = False
        self.enterframe = None
        self.botframe = None
        self.quitting = False
        self._set_stopinfo(None, None)

    def canonic(self, filename):
        """The absolute, normalized form of a file name ('<string>' and the like stay as they are)."""
        if filename.startswith("<"):
            return filename   # '<string>', '<stdin>', a shipped module's '<pytk>/Lib/NAME.py
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # ---- the trace function

    def trace_dispatch(self, frame, event, arg):
        """The function given to sys.settrace and set as each frame's f_trace."""
        self.enterframe = frame
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        if event == 'opcode':
            return self.dispatch_opcode(frame, arg)
        if event in ('c_call', 'c_exception', 'c_return'):
            return self.trace_dispatch
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call is the frame run() executes in: the bottom of what the user sees.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
                return self.trace_dispatch
            self.frame_returning = frame
            try:
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)
            if self.stoplineno != -1:
                self._trace_caller(frame)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        generator = frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
        if self.stop_here(frame):
            if not (generator and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe
              and self.stopframe.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
              and arg[0] in (StopIteration, GeneratorExit)):
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_opcode(self, frame, arg):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_opcode(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def _trace_caller(self, frame):
        """After a stop at a return, the caller must hear its next line even if it was not being traced."""
        caller = frame.f_back
        if caller is not None and not caller.f_trace:
            caller.f_trace = self.trace_dispatch

    # ---- deciding where to stop

    def is_skipped_module(self, module_name):
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            # a function breakpoint is filed under the function's first line
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, temporary = effective(filename, lineno, frame)
        if bp is None:
            return False
        self.currentbp = bp.number
        if temporary and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # ---- what a subclass overrides

    def user_call(self, frame, argument_list):
        pass

    def user_line(self, frame):
        pass

    def user_return(self, frame, return_value):
        pass

    def user_exception(self, frame, exc_info):
        pass

    def user_opcode(self, frame):
        pass

    # ---- stepping

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0, opcode=False):
        """Stop in stopframe at a line >= stoplineno (-1: never), or in any frame when stopframe is None;
        also at returnframe's return; opcode: at the next instruction rather than the next line."""
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno
        self._set_trace_opcodes(opcode)

    def _set_trace_opcodes(self, trace_opcodes):
        """Opcode events on (or off) for the frames from the last event's up to the bottom one."""
        if trace_opcodes != self.trace_opcodes:
            self.trace_opcodes = trace_opcodes
            frame = self.enterframe
            while frame is not None:
                frame.f_trace_opcodes = trace_opcodes
                if frame is self.botframe:
                    break
                frame = frame.f_back

    def set_until(self, frame, lineno=None):
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        self._set_stopinfo(None, None)

    def set_stepinstr(self):
        """Stop before the next instruction (set_trace's first stop: the frame is inside its call's line)."""
        self._set_stopinfo(None, None, opcode=True)

    def set_next(self, frame):
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        if frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Starts debugging from frame (the caller's by default): every frame up the stack gets the trace function."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        self.enterframe = frame
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            self.frame_trace_lines_opcodes[frame] = (frame.f_trace_lines, frame.f_trace_opcodes)
            frame.f_trace_lines = True
            frame = frame.f_back
        self.set_stepinstr()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            # nothing can stop the program any more: run it untraced
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back
            for frame, (lines, opcodes) in self.frame_trace_lines_opcodes.items():
                frame.f_trace_lines, frame.f_trace_opcodes = lines, opcodes
            self.frame_trace_lines_opcodes = {}

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # ---- breakpoints

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        import linecache
        filename = self.canonic(filename)
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _prune_breaks(self, filename, lineno):
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in Breakpoint.bplist[filename, lineno][:]:
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in Breakpoint.bplist[filename, line]:
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        if filename in self.breaks and lineno in self.breaks[filename]:
            return Breakpoint.bplist[filename, lineno] or []
        return []

    def get_file_breaks(self, filename):
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        return self.breaks

    # ---- the stack as the user sees it

    def get_stack(self, f, t):
        """([(frame, lineno), ...] from botframe's child down to f, then the traceback t's frames; the index of f)."""
        stack = []
        if t and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        i = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            i = max(0, len(stack) - 1)
        return stack, i

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function()' with '->value' once the frame returned, and the line's source after lprefix."""
        import linecache
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        s = '%s(%r)' % (filename, lineno)
        s += (frame.f_code.co_name or '<lambda>') + '()'
        local = frame.f_locals
        if '__return__' in local:
            s += '->' + _short_repr(local['__return__'])
        line = linecache.getline(filename, lineno, frame.f_globals)
        if line:
            s += lprefix + line.strip()
        return s

    # ---- running code under the debugger

    def run(self, cmd, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return result


def set_trace():
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint: number, file, line, temporary, condition, ignore count, hits; class-level registries."""

    next = 1
    bplist = {}          # (file, line) -> [Breakpoint, ...]
    bpbynumber = [None]  # number -> Breakpoint or None once deleted

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        index = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[index].remove(self)
        if not self.bplist[index]:
            del self.bplist[index]

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def bpprint(self, out=None):
        print(self.bpformat(), file=out or sys.stdout)

    def bpformat(self):
        disp = ('del  ' if self.temporary else 'keep ') + ('yes  ' if self.enabled else 'no   ')
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disp, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (self.hits, 's' if self.hits > 1 else '')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """A function breakpoint applies at the first line of its function's body, once per call."""
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(the breakpoint that applies at file:line in frame, whether a temporary one may be deleted), or (None, None)."""
    for b in Breakpoint.bplist.get((file, line), []):
        if not b.enabled:
            continue
        if not checkfuncname(b, frame):
            continue
        b.hits += 1
        if not b.cond:
            if b.ignore > 0:
                b.ignore -= 1
                continue
            return (b, True)
        try:
            value = eval(b.cond, frame.f_globals, frame.f_locals)
        except Exception:
            # a condition that fails stops, and the breakpoint stays
            return (b, False)
        if value:
            if b.ignore > 0:
                b.ignore -= 1
            else:
                return (b, True)
    return (None, None)
