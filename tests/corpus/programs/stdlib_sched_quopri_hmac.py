# sched on a simulated clock, quopri round trips, hmac against known digests, secrets' shapes.
import hashlib
import hmac
import io
import quopri
import sched
import secrets

now = [0.0]
s = sched.scheduler(lambda: now[0], lambda d: now.__setitem__(0, now[0] + d))
log = []
s.enter(5, 1, log.append, ('five',))
s.enter(1, 2, log.append, ('one-low',))
s.enter(1, 1, log.append, ('one-high',))
gone = s.enterabs(3, 1, log.append, ('never',))
s.enter(2, 1, lambda **kw: log.append(kw), kwargs={'k': 'v'})
s.cancel(gone)
print([e.time for e in s.queue], s.empty())
print(s.run(blocking=False), log)
s.run()
print(log, now[0], s.empty())

for data in (b'plain text', b'caf\xe9 = 100%\n', b'tab\tend \n', b'x' * 80 + b'\xff', b'a_b c'):
    enc = quopri.encodestring(data)
    print(enc, quopri.decodestring(enc) == data, quopri.encodestring(data, quotetabs=True, header=True))
print(quopri.decodestring(b'soft=\nbreak=3D=3d=4'))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'line one \nline two\t\n'), out, quotetabs=False)
print(out.getvalue())

print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
h = hmac.new(b'key', digestmod=hashlib.sha256)
h.update(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(c.hexdigest() != h.hexdigest(), hmac.digest(b'k' * 100, b'msg', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
for bad in (lambda: hmac.new('key', digestmod='md5'), lambda: hmac.new(b'key')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

print(len(secrets.token_bytes(7)), len(secrets.token_hex(5)), len(secrets.token_urlsafe(9)), len(secrets.token_hex()))
print(0 <= secrets.randbelow(10) < 10, secrets.choice('ab') in 'ab', secrets.randbits(8) < 256)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
