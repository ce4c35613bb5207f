# run: -m pdb
# Exceptions under the debugger: the 'exception' stop when stepping, then post-mortem of an uncaught one.
def parse(text):
    return int(text)

def main():
    good = parse("12")
    try:
        parse("x")
    except ValueError as e:
        print("caught", e)
    bad = parse("y")
    return good + bad

main()
