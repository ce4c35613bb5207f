# json as a package: json.decoder, json.encoder, json.scanner, with and without the _json speedups
import sys
import json
import json.decoder
import json.encoder
import json.scanner

print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecoder is json.decoder.JSONDecoder)
print(json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.scanstring.__module__, json.encoder.encode_basestring_ascii.__module__)
print(json.scanner.make_scanner.__module__, json.encoder.c_make_encoder.__module__)
print(json.decoder.py_scanstring.__module__, json.scanner.py_make_scanner.__module__)
print(json.decoder.scanstring('"a\\u00e9\\ud834\\udd20b" tail', 1, True))
print(json.decoder.py_scanstring('"x\\ny"', 1))
print(json.encoder.py_encode_basestring_ascii('\u00e9\x01"\\\U0001d120'))
print(json.encoder.py_encode_basestring('\u00e9\x01\t'), json.encoder.encode_basestring('\u00e9'))
print(json.detect_encoding(b'{}'), json.detect_encoding('{}'.encode('utf-16-le')),
      json.detect_encoding('{}'.encode('utf-32-be')), json.detect_encoding(b'\xef\xbb\xbf{}'))
print(json.loads(b'\xef\xbb\xbf[1, 2]'), json.loads('["\u2600"]'.encode('utf-16')), json.loads(b'5\x00'))

# the scanner a decoder makes, and its memo of keys
decoder = json.JSONDecoder()
print(decoder.scan_once('{"k": [1, 2.5e1, "s"]} rest', 0), decoder.memo)
try:
    decoder.scan_once('?', 0)
except StopIteration as e:
    print('StopIteration', e.value)
print(decoder.raw_decode('[true, false, null]  x'))


def errors(loads, docs):
    for doc in docs:
        try:
            loads(doc)
        except json.JSONDecodeError as e:
            print(f'{doc!r}: {e.msg} @ {e.pos} ({e.lineno}:{e.colno})')
        except ValueError as e:
            print(f'{doc!r}: {type(e).__name__}: {e}')


DOCS = ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '["\\x"]', '["\\u12"]', '"abc', '[1] 2', '\ufeff[]',
        '\n\n  [1 2]', 'nan', '-', '[01]']
errors(json.loads, DOCS)

# the same documents without _json: the pure-Python scanner, blocked as test.support.import_fresh_module does
saved = {name: sys.modules.pop(name) for name in list(sys.modules) if name == 'json' or name.startswith('json.')}
sys.modules['_json'] = None
import json as pyjson
print(pyjson.scanner.make_scanner is pyjson.scanner.py_make_scanner, pyjson.scanner.c_make_scanner)
print(pyjson.decoder.scanstring is pyjson.decoder.py_scanstring, pyjson.encoder.c_make_encoder)
print(pyjson.decoder.JSONDecodeError is saved['json'].JSONDecodeError)
errors(pyjson.loads, DOCS)
print(pyjson.dumps({'b': [1, 2.0, float('inf')], 'a': None, 3: True}, sort_keys=False, indent=1))
print(pyjson.loads('{"a": [1, {"b": null}]}', object_pairs_hook=list))
del sys.modules['_json']
for name in list(sys.modules):
    if name == 'json' or name.startswith('json.'):
        del sys.modules[name]
sys.modules.update(saved)

# the encoder with and without the one-shot path
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'z': [1, (2, 3)], 'a': {'x': 1.5}}), ''.join(enc.iterencode([1, {'b': 2}])))
print(list(json.JSONEncoder().iterencode({'k': [1, 'v']})))
for bad in ({(1, 2): 3}, [float('nan')], object()):
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = []
x.append(x)
try:
    json.dumps(x)
except ValueError as e:
    print(e)
print(json.dumps({'a': 1, b'skip': 2}, skipkeys=True), json.dumps('\u00e9', ensure_ascii=False))
import _json
try:
    _json.make_encoder(1, None, None, None, ': ', ', ', False, False, False)
except TypeError as e:
    print(e)
try:
    _json.scanstring(b'x', 1)
except TypeError as e:
    print(e)
try:
    json.loads(42)
except TypeError as e:
    print(e)
