"""uuid (pytk): UUID objects (RFC 4122) and the functions that make them.

    >>> import uuid
    >>> u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
    >>> u.hex, u.version, u.variant
    ('12345678123456781234567812345678', None, 'reserved for NCS compatibility')
    >>> uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    UUID('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    >>> uuid.uuid4().version
    4

uuid1() uses the clock and getnode(): the hardware address `ip link` or `ifconfig` reports, else a random
48-bit number with the multicast bit set, as RFC 4122 section 4.5 allows.
"""

import os
import sys
from enum import Enum

__author__ = 'pytk'

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

_int = int
_bytes = bytes


class SafeUUID(Enum):
    """Whether the platform generated a uuid1 in a way safe for several processes."""
    safe = 0
    unsafe = -1
    unknown = None


def _field(value, bits, number):
    if not 0 <= value < 1 << bits:
        raise ValueError('field %d out of range (need %s %d-bit value)' % (number, 'an' if bits == 8 else 'a', bits))
    return value


class UUID:
    """A UUID: 128 bits, given as one of hex (a string), bytes (16, big-endian), bytes_le (16, the first three
    fields little-endian), fields (a 6-tuple) or int. VERSION, when given, sets the RFC 4122 variant and
    version bits. UUIDs are immutable and compare and hash as their int."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, _bytes), repr(bytes)
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            time_low, time_mid, time_hi_version, seq_hi_variant, seq_low, node = fields
            value = _field(time_low, 32, 1) << 96
            value |= _field(time_mid, 16, 2) << 80
            value |= _field(time_hi_version, 16, 3) << 64
            value |= _field(seq_hi_variant, 8, 4) << 56
            value |= _field(seq_low, 8, 5) << 48
            value |= _field(node, 48, 6)
            int = value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the variant is RFC 4122's (bits 10 at the top of clock_seq_hi_variant), the version the top nibble
            # of time_hi_version
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown)

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID (100 ns intervals since 1582-10-15)."""
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61          # the three top bits of clock_seq_hi_variant
        if not top & 4:
            return RESERVED_NCS
        if not top & 2:
            return RFC_4122
        if not top & 1:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version number (1..5) of an RFC 4122 UUID, None for the other variants."""
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


# No native uuid generator (CPython's _uuid): uuid1 computes its fields itself and reports is_safe unknown.
_generate_time_safe = None
_has_stable_extractable_node = False

# Hardware addresses as the system's tools print them: six fields of two hex digits split by ':' (AIX: '.',
# with leading zeros left out).
_MAC_DELIM = b':'
_MAC_OMITS_LEADING_ZEROES = False


def _is_universal(mac):
    # bit 1 of the first octet clear: a globally administered address, preferred over a local one
    return not mac & (1 << 41)


def _get_command_stdout(command, *args):
    """COMMAND's standard output (run with LC_ALL=C) as a binary file, or None when it cannot be run."""
    import io
    import shutil
    import subprocess
    try:
        path = os.pathsep.join([os.environ.get('PATH', os.defpath), '/sbin', '/usr/sbin'])
        executable = shutil.which(command, path=path)
        if executable is None:
            return None
        env = dict(os.environ)
        env['LC_ALL'] = 'C'
        argv = [executable] + [a for arg in args for a in arg.split()] if args else [executable]
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        if proc.returncode:
            return None
        return io.BytesIO(proc.stdout)
    except (OSError, subprocess.SubprocessError):
        return None


def _parse_mac(word):
    """The 48-bit number a hardware address like b'52:54:00:9d:0e:67' stands for, or None."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        parts = [part.rjust(2, b'0') for part in parts]
    elif not all(len(part) == 2 for part in parts):
        return None
    hexdigits = b''.join(parts)
    if not all(c in b'0123456789abcdefABCDEF' for c in hexdigits):
        return None
    return int(hexdigits, 16)


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """The first universal address among the words standing at get_word_index(i) from a keyword at i in
    COMMAND's output (else the first local one, else None)."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    local = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i, word in enumerate(words):
            if word not in keywords:
                continue
            try:
                mac = int(words[get_word_index(i)].replace(_MAC_DELIM, b''), 16)
            except (ValueError, IndexError):
                continue
            if _is_universal(mac):
                return mac
            local = local or mac
    return local or None


def _find_mac_under_heading(command, args, heading):
    """The first universal address in the column titled HEADING of COMMAND's table (else the first local)."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    titles = stdout.readline().rstrip().split()
    if heading not in titles:
        return None
    column = titles.index(heading)
    local = None
    for line in stdout:
        words = line.rstrip().split()
        if column >= len(words):
            continue
        mac = _parse_mac(words[column])
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        local = local or mac
    return local or None


def _ifconfig_getnode():
    for args in ('', '-a', '-av'):
        mac = _find_mac_near_keyword('ifconfig', args, [b'hwaddr', b'ether', b'address:', b'lladdr'],
                                     lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    return _find_mac_near_keyword('ip', 'link', [b'link/ether'], lambda i: i + 1) or None


def _arp_getnode():
    import socket
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    return _find_mac_near_keyword('arp', '-an', [os.fsencode(address)], lambda i: -1) or None


def _lanscan_getnode():
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda i: 0) or None


def _netstat_getnode():
    return _find_mac_under_heading('netstat', '-ian', b'Address')


def _unix_getnode():
    # CPython reads the node from libuuid's uuid_generate_time through _uuid; pytk has no libuuid binding
    return None


def _windll_getnode():
    # Windows' UuidCreateSequential, through _uuid: not available in pytk
    return None


# The ways getnode() learns the hardware address on this system, tried in order.
if sys.platform == 'darwin':
    _GETTERS = [_ifconfig_getnode, _arp_getnode, _netstat_getnode]
elif sys.platform.startswith('aix'):
    _MAC_DELIM = b'.'
    _MAC_OMITS_LEADING_ZEROES = True
    _GETTERS = [_netstat_getnode]
elif os.name == 'nt':
    _GETTERS = [_windll_getnode]
else:
    _GETTERS = [_ip_getnode, _ifconfig_getnode]
_node = None


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 4122 4.5: so it cannot clash with a real address)."""
    import random
    return random.getrandbits(48) | (1 << 40)


def getnode():
    """The node (48 bits) uuid1 puts in its UUIDs; the same for the whole run."""
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < 1 << 48:
            return _node
    raise AssertionError('_random_getnode() returned invalid value: {}'.format(_node))


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID from the time, CLOCK_SEQ (random when None) and NODE (getnode() when None)."""
    global _last_timestamp
    import time
    # 100 ns intervals since the Gregorian reform (1582-10-15), strictly increasing within the run
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_bytes(name):
    return name.encode('utf-8') if isinstance(name, str) else name


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 hash of NAMESPACE's bytes and NAME."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID (version 4)."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 hash of NAMESPACE's bytes and NAME."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


def main():
    """`python -m uuid [-u uuid1|uuid3|uuid4|uuid5] [-n NAMESPACE] [-N NAME]`: prints one UUID."""
    import argparse
    makers = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}
    namespaces = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL, '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}
    parser = argparse.ArgumentParser(description='Generates a uuid using the selected uuid function.')
    parser.add_argument('-u', '--uuid', choices=makers.keys(), default='uuid4',
                        help='The function to use to generate the uuid. By default uuid4 function is used.')
    parser.add_argument('-n', '--namespace',
                        help='The namespace is a UUID, or \'@ns\' where \'ns\' is a well-known predefined UUID '
                             'addressed by namespace name. Such as @dns, @url, @oid, and @x500. '
                             'Only required for uuid3/uuid5 functions.')
    parser.add_argument('-N', '--name', help='The name used as part of generating the uuid. '
                                             'Only required for uuid3/uuid5 functions.')
    args = parser.parse_args()
    make = makers[args.uuid]
    if make in (uuid3, uuid5):
        if not (args.namespace and args.name):
            parser.error('Incorrect number of arguments. %s requires a namespace and a name. '
                         'Run \'python -m uuid -h\' for more information.' % args.uuid)
        namespace = namespaces[args.namespace] if args.namespace in namespaces else UUID(args.namespace)
        print(make(namespace, args.name))
    else:
        print(make())


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

if __name__ == '__main__':
    main()
