# uuid: the UUID class's forms and properties, the name-based uuid3/uuid5, uuid1's fields, errors.
import copy
import pickle
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
for form in (dict(hex='12345678123456781234567812345678'), dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
             dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int)):
    print(uuid.UUID(**form) == u, end=' ')
print()
print(repr(u), str(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for version in (1, 3, 4, 5):
    v = uuid.UUID(int=u.int, version=version)
    print(version, v, v.variant, v.version)
print(uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0).variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, b'http://python.org/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid3(uuid.NAMESPACE_X500, 'c=ca'))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, hash(a) == hash(1), int(b))
print(sorted([b, a]), {a: 'x'}[uuid.UUID(int=1)])
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
t1 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t1.version, t1.variant, hex(t1.node), hex(t1.clock_seq), t1.time > 0x01b21dd213814000)
t2 = uuid.uuid1()
print(t2.version, 0 < t2.node < 1 << 48, t2.time >= t1.time, uuid.getnode() == uuid.getnode())
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
for bad in (dict(), dict(hex='123'), dict(bytes=b'x'), dict(bytes_le=b'x' * 15), dict(fields=(1, 2)),
            dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
            dict(int=-1), dict(int=1 << 128), dict(int=0, version=0), dict(int=0, version=6), dict(hex='g' * 32)):
    try:
        uuid.UUID(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
