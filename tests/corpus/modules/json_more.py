import json

data = {'name': 'Ann', 'age': 31, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14159, 'nested': {'x': [1, {'y': 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, false, {"a": {}}]'))
print(json.dumps('héllo ☃ \n "q"'), json.dumps('héllo', ensure_ascii=False), json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({1: 'int key', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps(float('inf')), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20), json.loads('1e3'), json.loads('-0'))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'s': {1, 2}}, default=sorted))
for bad in ['{"a": 1,}', '[1 2]', '{a: 1}', '', '"unterminated', 'nul', '[1]x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2}'), json.loads(' "\\u00e9\\n" '), json.loads('[1.0, 10000000000000000000000]'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
print(json.dumps([1, [2, [3, {}]], {'k': []}], indent='\t'))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
