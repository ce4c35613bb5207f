text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!
A fox, a dog, and a cat."""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len))
for i, line in enumerate(text.splitlines(), 1):
    print(f"{i:2}: {line[:20]:<20}| {len(line)}")
print(text.count("fox"), text.title()[:30], " ".join(reversed(text.split()[:4])))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels, "caps", sum(c.isupper() for c in text))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(f"{ord(c):02x}" for c in "hi!"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
