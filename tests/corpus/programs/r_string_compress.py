def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{prev}{n}")
            prev, n = c, 1
    out.append(f"{prev}{n}")
    return "".join(out)
def unrle(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]; i += 1
        num = ""
        while i < len(s) and s[i].isdigit():
            num += s[i]; i += 1
        out.append(ch * int(num))
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
