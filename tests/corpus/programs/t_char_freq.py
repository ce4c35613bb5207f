text = "the rain in spain stays mainly in the plain"
freq = {}
for ch in text.replace(" ", ""):
    freq[ch] = freq.get(ch, 0) + 1
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(ch, "*" * n, n)
