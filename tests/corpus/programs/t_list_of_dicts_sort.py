rows = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
rows.sort(key=lambda r: r["v"])
print([r["n"] for r in rows], sum(r["v"] for r in rows), max(rows, key=lambda r: r["n"])["n"])
