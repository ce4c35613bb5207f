s = "Mississippi"
print(s.index("ss"), s.index("ss", 3), s.rindex("ss"), s.count("ss"), s.count("i", 2, 8))
print(s.find("pp", 0, 5), s.startswith("iss", 1), s.endswith("pp", 0, -1), s.lower().count("s"))
positions = [i for i, c in enumerate(s) if c == "s"]
print(positions, s.replace("ss", "SS", 1), s.upper().replace("I", "1"))
try:
    s.index("x")
except ValueError as e:
    print("ValueError:", e)
print("".join(sorted(set(s))), max(s), min(s), s.split("s"), s.partition("ss"))
