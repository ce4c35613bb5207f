def parse(text):
    return [int(part) * 2 for part in text.split(",")]

def total(text):
    return sum(parse(text))

print(total("1,2,x"))
