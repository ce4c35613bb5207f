text = "The quick brown fox jumps over the lazy dog and keeps running far away into the forest"
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 20):
    print(f"|{line:<20}|")
print(len(wrap(text, 10)), max(map(len, wrap(text, 30))))
