"""platform (pytk's own implementation): what pytk runs on, from sys and .NET's view of the machine."""

import os
import sys

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build', 'python_compiler',
           'python_implementation', 'python_version', 'python_version_tuple', 'release', 'system', 'uname',
           'version', 'libc_ver', 'freedesktop_os_release']


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[4])

    def __repr__(self):
        return 'uname_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields + ('processor',),
                                                                          tuple(self) + (self[4],))) + ')'


def _read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ''


_uname = None


def uname():
    global _uname
    if _uname is None:
        _uname = uname_result(*os.uname())
    return _uname


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def python_implementation():
    return 'pytk'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_build():
    return ('main', '')


def python_compiler():
    return '.NET'


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return f'{u.system}-{u.release}'
    return f'{u.system}-{u.release}-{u.machine}-with-glibc2.36'


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def freedesktop_os_release():
    text = _read('/etc/os-release')
    if not text:
        raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in text.splitlines():
        if '=' in line and not line.startswith('#'):
            k, _, v = line.partition('=')
            info[k] = v.strip('"\'')
    return info
