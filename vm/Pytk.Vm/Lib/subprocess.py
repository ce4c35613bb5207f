"""subprocess (pytk's own implementation) on .NET's process API (_subprocess, C#). A child runs to completion
when it is waited for or communicated with (pytk has no file descriptors, so Popen's stdin/stdout/stderr are
not streams): run, call, check_call, check_output, getoutput, getstatusoutput and Popen.communicate/wait."""

import os
import sys
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output', 'run',
           'CalledProcessError', 'TimeoutExpired', 'SubprocessError', 'CompletedProcess', 'getoutput',
           'getstatusoutput', 'list2cmdline']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    return ' '.join(a if a and not any(c in a for c in ' \t"') else '"%s"' % a.replace('"', '\\"') for a in seq)


def _mode(v, is_err=False):
    if v is None:
        return 0
    if v == PIPE:
        return 1
    if v == DEVNULL:
        return 2
    if is_err and v == STDOUT:
        return 3
    raise ValueError('pytk subprocess supports only None, PIPE, DEVNULL (and STDOUT for stderr)')


def _cleanup():
    """CPython reaps finished children still listed in its _active list here (test.support calls it after each
    child). A pytk child runs to completion inside wait()/communicate() on .NET's process API, which collects
    its exit status itself, so no finished child is ever left waiting to be reaped."""


class Popen:
    """A child process; it runs when wait() or communicate() is called."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        if isinstance(args, (str, bytes, os.PathLike)):
            argv = ['/bin/sh', '-c', os.fsdecode(args)] if shell else [os.fsdecode(args)]
        else:
            argv = [os.fsdecode(a) for a in args]
            if shell:
                argv = ['/bin/sh', '-c'] + argv
        if executable is not None:
            argv[0] = os.fsdecode(executable)
        if not argv:
            raise IndexError('list index out of range')
        self.args = args
        self._argv = argv
        self._cwd = None if cwd is None else os.fsdecode(cwd)
        self._env = None if env is None else {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        self._stdin = stdin
        self._out = _mode(stdout)
        self._err = _mode(stderr, True)
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self._result = None
        if not os.path.dirname(argv[0]):
            import shutil
            found = shutil.which(argv[0])
            if found is None:
                raise FileNotFoundError(2, 'No such file or directory', argv[0])
            self._argv[0] = found
        elif not os.path.exists(argv[0]):
            raise FileNotFoundError(2, 'No such file or directory', argv[0])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.returncode is None:
            self.wait()

    def _run(self, input, timeout):
        if self._result is not None:
            return self._result
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
        if input is None and self._stdin == DEVNULL:
            input = b''
        rc, out, err = _subprocess.run(self._argv, self._cwd, self._env, input, self._out, self._err, timeout)
        if self.text_mode:
            enc = self.encoding or 'utf-8'
            if out is not None:
                out = out.decode(enc, self.errors or 'strict').replace('\r\n', '\n')
            if err is not None:
                err = err.decode(enc, self.errors or 'strict').replace('\r\n', '\n')
        if rc is None:
            raise TimeoutExpired(self.args, timeout, out, err)
        self.returncode = rc
        self._result = (out, err)
        return self._result

    def communicate(self, input=None, timeout=None):
        return self._run(input, timeout)

    def wait(self, timeout=None):
        self._run(None, timeout)
        return self.returncode

    def poll(self):
        return self.returncode

    def kill(self):
        pass

    terminate = kill


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.returncode
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        return p.wait(timeout=timeout)


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
