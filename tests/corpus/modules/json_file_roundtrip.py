import json
import os

path = os.path.join('/tmp', f'pytk_json_{os.getpid()}.json')
records = [{'id': i, 'name': n, 'scores': [i * 10, i * 10 + 5], 'meta': {'ok': i % 2 == 0}} for i, n in enumerate(['ann', 'bob', 'cid'])]
with open(path, 'w') as f:
    json.dump(records, f, indent=2)
with open(path) as f:
    text = f.read()
print(text.count('\n'), text.splitlines()[1])
with open(path) as f:
    back = json.load(f)
print(back == records, [r['name'] for r in back if r['meta']['ok']], sum(s for r in back for s in r['scores']))
os.remove(path)
print(os.path.exists(path))
lines = '\n'.join(json.dumps(r, separators=(',', ':')) for r in records)
print(lines.splitlines()[0], [json.loads(l)['id'] for l in lines.splitlines()])
