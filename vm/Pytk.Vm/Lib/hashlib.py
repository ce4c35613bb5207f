"""hashlib for pytk, written for pytk from the documented behaviour, over the C# `_hashlib` (.NET's
MD5/SHA-1/SHA-2/SHA-3; SHA-224 is pytk's own). BLAKE2 and SHAKE are not available."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_384', 'sha3_512',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest', 'pbkdf2_hmac')

algorithms_available = set(_hashlib.openssl_md_meth_names)
algorithms_guaranteed = set(algorithms_available)


def new(name, data=b'', *, usedforsecurity=True):
    """A hash object for the algorithm called `name`, fed with `data`."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    return _hashlib.new(name, data)


def _constructor(algorithm):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data != b'':
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword "
                                "parameter is slated for removal in a future version.")
            data = string
        return _hashlib.new(algorithm, data)
    construct.__name__ = construct.__qualname__ = 'openssl_' + algorithm
    return construct


for _name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_384', 'sha3_512'):
    if _name in algorithms_available:
        globals()[_name] = _constructor(_name)
del _name


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hashes the contents of a binary file object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read')) or not hasattr(fileobj, 'readable') \
            or not fileobj.readable():
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj


def _hmac_digest(name, key, msg):
    h = new(name)
    block = h.block_size
    if len(key) > block:
        key = new(name, key).digest()
    key = key.ljust(block, b'\0')
    inner = new(name, bytes(k ^ 0x36 for k in key) + msg).digest()
    return new(name, bytes(k ^ 0x5c for k in key) + inner).digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC over the named hash (RFC 8018)."""
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b''
    block = 1
    while len(out) < dklen:
        u = _hmac_digest(hash_name, password, salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac_digest(hash_name, password, u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return out[:dklen]
