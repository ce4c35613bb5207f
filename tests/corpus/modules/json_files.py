import json
records = [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["x"] * (i % 3)} for i in range(4)]
with open("/tmp/pytk_json_test.json", "w") as f:
    json.dump(records, f, indent=1)
with open("/tmp/pytk_json_test.json") as f:
    text = f.read()
print(text)
with open("/tmp/pytk_json_test.json") as f:
    back = json.load(f)
print(back == records, back[2])
print(json.dumps({"b": 1, "a": {"d": [], "c": {}}}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2], separators=(";", "=")), json.dumps({"k": 1}, separators=(";", "=")))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 1e400, -0.0, 123456789012345678901234567890]'))
print(json.loads("{}", object_hook=lambda d: "hooked"), json.loads('[1, {"x": 2}]', object_pairs_hook=lambda p: p))
print(json.loads('"\\ud83d\\ude00"'), json.dumps("\U0001F600"))
json.loads('{"a": }')
