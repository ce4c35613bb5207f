attempts = 0
while attempts < 5:
    attempts += 1
    if attempts * attempts > 10:
        print("found at", attempts)
        break
else:
    print("never found")
print(attempts)
