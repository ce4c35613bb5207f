"""hmac for pytk, written for pytk: keyed-hashing for message authentication (RFC 2104) over hashlib's hashes.

HMAC(K, m) = H((K' ^ opad) + H((K' ^ ipad) + m)), K' being the key padded with zeros to the hash's block size
(or, when longer than a block, its hash padded so).
"""

import hashlib as _hashlib
import warnings as _warnings
from _operator import _compare_digest as compare_digest

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

# The key, xored with these bytes, starts the outer and inner hash.
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The module itself has no fixed digest size (it depends on the hash); PEP 247 asks for the name.
digest_size = None


def _constructor(digestmod):
    # A function making a fresh hash object (optionally fed with data) from digestmod: a hashlib name,
    # a constructor such as hashlib.sha256, or a module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """One HMAC computation: update() it with the message, then digest() or hexdigest()."""

    blocksize = 64  # 512-bit HMAC; not used (the hash's own block_size is)

    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        self._init_old(key, msg, digestmod)

    def _init_old(self, key, msg, digestmod):
        # The HMAC built here from two hash objects (pytk has no separate native HMAC, so _hmac stays None).
        self._hmac = None
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size

        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None:
            _warnings.warn(f'No block_size attribute on given digest object; Assuming {self.blocksize}.',
                           RuntimeWarning, 2)
            blocksize = self.blocksize
        elif blocksize < 16:
            _warnings.warn(f'block_size of {blocksize} seems too small; using our default of '
                           f'{self.blocksize}.', RuntimeWarning, 2)
            blocksize = self.blocksize
        self.block_size = blocksize

        if len(key) > blocksize:
            key = make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _finished(self):
        # The outer hash over the inner digest so far, leaving this HMAC open to more update()s.
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as bytes."""
        return self._finished().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hexadecimal digits."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (key: bytes; digestmod: a hashlib name, constructor or module; required)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key with the hash digest, in one call."""
    return HMAC(key, msg, digest).digest()
