data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
mode = max(set(data), key=data.count)
print(mean, var, std, median, mode)
print(f"mean={mean:.3f} std={std:.3f} range={max(data) - min(data)}")
hist = {}
for x in data:
    hist[x] = hist.get(x, 0) + 1
for k in sorted(hist):
    print(f"{k:>3} {'#' * hist[k]}")
cum = []
total = 0
for x in data:
    total += x
    cum.append(total)
print(cum, [round(c / total, 2) for c in cum])
