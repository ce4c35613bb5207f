# base64/binascii encodings, hashlib digests and zlib round trips, checksums and errors (compressed bytes
# themselves are not printed: .NET deflate may choose other encodings than CPython zlib for the same data).
import base64, binascii, hashlib, zlib
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    print(base64.b64encode(data)[:40], base64.b32encode(data)[:40], base64.b32hexencode(data)[:24], base64.b16encode(data)[:20])
    print(base64.b85encode(data)[:30], base64.a85encode(data)[:30], base64.urlsafe_b64encode(data)[-8:])
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    print(binascii.crc32(data), zlib.crc32(data), zlib.adler32(data), binascii.crc_hqx(data, 0))
    for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256']:
        print(name, hashlib.new(name, data).hexdigest()[:32])
    assert zlib.decompress(zlib.compress(data)) == data
    assert zlib.decompress(zlib.compress(data, 9, -15), -15) == data
    assert zlib.decompress(zlib.compress(data, wbits=31), 31) == data
print(base64.encodebytes(bytes(range(100))))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2), b'abc'.hex())
print(binascii.unhexlify('6162'), binascii.a2b_base64(b'YW Jj\n'), base64.b64decode('YWJj', altchars=b'-_'))
for bad in ['YWJ', 'Y', 'YW=j']:
    try: print(base64.b64decode(bad))
    except binascii.Error as e: print('Error:', e)
try: base64.b64decode('YW!j', validate=True)
except binascii.Error as e: print('Error:', e)
try: binascii.unhexlify('abc')
except binascii.Error as e: print('Error:', e)
try: binascii.unhexlify('zz')
except binascii.Error as e: print('Error:', e)
h = hashlib.sha256(b'abc'); c = h.copy(); c.update(b'def')
print(h.hexdigest(), c.hexdigest() == hashlib.sha256(b'abcdef').hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.md5(b'x').digest(), hashlib.sha1().name, {'md5', 'sha256', 'sha1'} <= hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
try: hashlib.new('nope')
except ValueError as e: print('ValueError:', e)
z = zlib.compress(b'hello world' * 100)
print(len(zlib.decompress(z)), zlib.decompress(z)[:11])
d = zlib.decompressobj()
out = b''
for i in range(0, len(z), 7): out += d.decompress(z[i:i+7])
out += d.flush()
print(out == b'hello world' * 100, d.eof)

d = zlib.decompressobj(); r = d.decompress(z + b'extra'); print(len(r), d.unused_data, d.eof)
c = zlib.compressobj(); s = c.compress(b'abc' * 50) + c.flush(); print(zlib.decompress(s) == b'abc' * 50)
try: zlib.decompress(b'garbage!')
except zlib.error as e: print('zlib.error:', e)
try: zlib.decompress(z[:10])
except zlib.error as e: print('zlib.error:', e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
