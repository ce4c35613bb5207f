# Integer loops and lists: sieve of Eratosthenes and a few big-int products.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]

primes = sieve(4000000)
print(len(primes), primes[-5:])
product = 1
for p in primes[:300]:
    product *= p
print(product % (10 ** 30), len(str(product)))
