# Issue 15: bytes that are not UTF-8 in a file that declares no encoding (here in a comment: ÿ)
print("never")
